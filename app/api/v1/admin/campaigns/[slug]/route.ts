import { changeCampaign } from "@/lib/campaigns/manage-campaigns";
import { campaignPatchSchema, campaignSlugParams } from "@/lib/campaigns/schemas";
import { route } from "@/lib/http/route";

export const PATCH = route(
  { auth: ["ADMIN"], params: campaignSlugParams, body: campaignPatchSchema },
  async ({ user, params, body }) => ({ campaign: await changeCampaign(user, params.slug, body) }),
);
