import { createCampaign, listCampaigns } from "@/lib/campaigns/manage-campaigns";
import { listQuerySchema, newCampaignSchema } from "@/lib/campaigns/schemas";
import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route({ auth: ["ADMIN"], query: listQuerySchema }, async ({ user, query }) => ({
  campaigns: await listCampaigns(user, query.archived),
}));

export const POST = route({ auth: ["ADMIN"], body: newCampaignSchema }, async ({ user, body }) =>
  jsonResponse({ campaign: await createCampaign(user, body) }, { status: 201 }),
);
