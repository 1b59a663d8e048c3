import "server-only";
import { headers } from "next/headers";
import { useLocale } from "next-intl";
import { cache, use } from "react";
import { localizePath } from "@/lib/i18n/locales";
import { campaignSlugFrom, withCampaign } from "./campaign-param";
import {
  CAMPAIGN_HEADER,
  CAMPAIGN_VISIT_HEADER,
  campaignVisitFrom,
  type CampaignVerdict,
} from "./navigation";

// The campaign of the request being rendered, as the proxy judged it (navigation.ts): pages
// count their step with it (count-step.ts), and links and forms carry it on.

export const campaignOfRequest = cache(async (): Promise<CampaignVerdict> => {
  const requestHeaders = await headers();
  return {
    campaign: campaignSlugFrom(requestHeaders.get(CAMPAIGN_HEADER)),
    visit: campaignVisitFrom(requestHeaders.get(CAMPAIGN_VISIT_HEADER)),
  };
});

/** The request's campaign slug (syntax checked only), for a link or a form to carry. */
export async function currentCampaign(): Promise<string | null> {
  return (await campaignOfRequest()).campaign;
}

/**
 * For server components: the page's address of an app path (its language prefix) carrying
 * the request's campaign, so that the journey keeps it from page to page.
 */
export function useJourneyHref(): (path: string) => string {
  const locale = useLocale();
  const { campaign } = use(campaignOfRequest());
  return (path) => withCampaign(localizePath(locale, path), campaign);
}

/** For server components: the request's campaign slug, or null. */
export function useCurrentCampaign(): string | null {
  return use(campaignOfRequest()).campaign;
}
