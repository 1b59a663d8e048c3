import { defineOperation } from "@/lib/openapi/operation";
import { listQuerySchema } from "../schemas";
import { campaignListResponseSchema } from "./campaign-schemas";

export const listCampaignsOperation = defineOperation({
  method: "get",
  path: "/api/v1/admin/campaigns",
  operationId: "listCampaigns",
  tag: "Admin",
  summary: "List the measurement campaigns (admins only)",
  session: true,
  query: listQuerySchema,
  response: { status: 200, description: "The campaigns", schema: campaignListResponseSchema },
  errors: { 404: "Not an admin: the admin API does not exist for this account" },
});
