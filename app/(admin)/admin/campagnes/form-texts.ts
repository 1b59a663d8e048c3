import "server-only";
import { getTranslations } from "next-intl/server";
import type { CampaignFormTexts } from "@/components/campaigns/campaign-form";
import { CAMPAIGN_CHANNELS } from "@/lib/campaigns/options";

/** The campaign form's words in the page's language (the form runs in the browser). */
export async function campaignFormTexts(submit: string): Promise<CampaignFormTexts> {
  const t = await getTranslations("campaigns");
  const channelName = await getTranslations("campaigns.channels");
  return {
    name: t("form.name"),
    slug: t("form.slug"),
    slugHint: t("form.slugHint"),
    channel: t("form.channel"),
    channels: Object.fromEntries(
      CAMPAIGN_CHANNELS.map((channel) => [channel, channelName(channel)]),
    ) as CampaignFormTexts["channels"],
    startsOn: t("form.startsOn"),
    endsOn: t("form.endsOn"),
    budget: t("form.budget"),
    budgetHint: t("form.budgetHint"),
    landingPath: t("form.landingPath"),
    landingPathHint: t("form.landingPathHint"),
    submit,
  };
}
