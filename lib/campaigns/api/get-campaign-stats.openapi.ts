import { defineOperation } from "@/lib/openapi/operation";
import { campaignSlugParams, statsQuerySchema } from "../schemas";
import { statsResponseSchema } from "./campaign-schemas";

const DESCRIPTION =
  "Passages per day and funnel step, and their totals, for the days of from–to (both included, at most 400 days; the last 30 days without them) within the campaign's own dates. Aggregate counts only: no number below the threshold is published, nor a total from which one could be worked out (null).";

export const getCampaignStatsOperation = defineOperation({
  method: "get",
  path: "/api/v1/admin/campaigns/{slug}/stats",
  operationId: "getCampaignStats",
  tag: "Admin",
  summary: "A campaign's published figures (admins only)",
  description: DESCRIPTION,
  session: true,
  params: campaignSlugParams,
  query: statsQuerySchema,
  response: { status: 200, description: "The published figures", schema: statsResponseSchema },
});
