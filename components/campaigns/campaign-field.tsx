import { CAMPAIGN_PARAM } from "@/lib/campaigns/campaign-param";
import { useCurrentCampaign } from "@/lib/campaigns/request-campaign";

// A GET form replaces its action's query with its fields: the campaign of the page's address
// must be one of them to reach the next page.
export function CampaignField() {
  const campaign = useCurrentCampaign();
  return campaign ? <input type="hidden" name={CAMPAIGN_PARAM} value={campaign} /> : null;
}
