import { defineOperation } from "@/lib/openapi/operation";
import { newCampaignSchema } from "../schemas";
import { campaignResponseSchema } from "./campaign-schemas";

export const createCampaignOperation = defineOperation({
  method: "post",
  path: "/api/v1/admin/campaigns",
  operationId: "createCampaign",
  tag: "Admin",
  summary: "Create a measurement campaign (admins only)",
  session: true,
  body: newCampaignSchema,
  response: { status: 201, description: "Created", schema: campaignResponseSchema },
  errors: {
    404: "Not an admin: the admin API does not exist for this account",
    409: "CONFLICT: another campaign has this slug",
  },
});
