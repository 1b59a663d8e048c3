import { defineOperation } from "@/lib/openapi/operation";
import { campaignPatchSchema, campaignSlugParams } from "../schemas";
import { campaignResponseSchema } from "./campaign-schemas";

export const updateCampaignOperation = defineOperation({
  method: "patch",
  path: "/api/v1/admin/campaigns/{slug}",
  operationId: "updateCampaign",
  tag: "Admin",
  summary: "Change, archive or restore a campaign (admins only; the slug never changes)",
  session: true,
  params: campaignSlugParams,
  body: campaignPatchSchema,
  response: { status: 200, description: "Changed", schema: campaignResponseSchema },
});
