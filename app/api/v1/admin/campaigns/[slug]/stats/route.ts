import { statsBody } from "@/lib/campaigns/api/present-stats";
import { defaultPeriod, getCampaignFigures } from "@/lib/campaigns/campaign-stats";
import { campaignSlugParams, statsQuerySchema } from "@/lib/campaigns/schemas";
import { route } from "@/lib/http/route";

export const GET = route(
  { auth: ["ADMIN"], params: campaignSlugParams, query: statsQuerySchema },
  async ({ user, params, query }) => {
    const period = query.from && query.to ? { from: query.from, to: query.to } : defaultPeriod();
    const { current } = await getCampaignFigures(user, params.slug, period);
    return statsBody(current, period);
  },
);
