import { isbot } from "isbot";
import { CAMPAIGN_PARAM, campaignSlugFrom } from "./campaign-param";

// Which requests may count a campaign step: real page navigations of a person's browser.
// Pure (headers in, verdict out), so the proxy decides once per request and tests can
// drive every case. The user agent is only tested here, never stored or passed on.

/**
 * "landing": the visitor arrived from elsewhere (another site, a mail, a typed or scanned
 * address); "navigation": a page of the journey opened from one of ours.
 */
export type CampaignVisit = "landing" | "navigation";

// Request headers through which the proxy hands its verdict to the page. The proxy sets or
// removes both on every request, so a client cannot supply its own; responses never carry them.
export const CAMPAIGN_HEADER = "x-praxis-campaign";
export const CAMPAIGN_VISIT_HEADER = "x-praxis-campaign-visit";

export function campaignVisitFrom(value: string | null): CampaignVisit | null {
  return value === "landing" || value === "navigation" ? value : null;
}

export type CampaignRequest = {
  method: string;
  url: URL;
  headers: Headers;
};

export type CampaignVerdict = {
  /** The campaign the URL carries, when syntactically one: links keep carrying it. */
  campaign: string | null;
  /** Set only when this request may count a step. */
  visit: CampaignVisit | null;
};

export function classifyCampaignRequest(request: CampaignRequest): CampaignVerdict {
  const campaign = campaignSlugFrom(request.url.searchParams.get(CAMPAIGN_PARAM));
  if (!campaign || !isPageNavigation(request)) return { campaign, visit: null };
  return { campaign, visit: arrivesFromElsewhere(request) ? "landing" : "navigation" };
}

// Prefetches (Next's router, the browser's speculation rules, older link prefetch) fetch a
// page nobody may ever see; an HMR refresh re-renders the page being edited. A router
// request without them (`RSC: 1` alone) is a click on a client-side link: a navigation.
const PREFETCH_HEADERS = [
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-hmr-refresh",
] as const;

function isPageNavigation({ method, headers }: CampaignRequest): boolean {
  if (method !== "GET") return false; // HEAD, and the POST of a server action
  if (PREFETCH_HEADERS.some((name) => headers.has(name))) return false;
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return false;
  const userAgent = headers.get("user-agent");
  // Every browser names itself; a request without a user agent is a script.
  return Boolean(userAgent) && !isbot(userAgent);
}

// Fetch metadata says where a navigation started; browsers without it send the Referer,
// which our Referrer-Policy (same-origin) keeps for our own pages only.
function arrivesFromElsewhere({ url, headers }: CampaignRequest): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin";
  const referer = headers.get("referer");
  return !referer || !URL.canParse(referer) || new URL(referer).origin !== url.origin;
}

/** Replaces whatever the client sent in the hand-off headers with the proxy's verdict. */
export function setCampaignHeaders(target: Headers, request: CampaignRequest): void {
  const { campaign, visit } = classifyCampaignRequest(request);
  target.delete(CAMPAIGN_HEADER);
  target.delete(CAMPAIGN_VISIT_HEADER);
  if (campaign) target.set(CAMPAIGN_HEADER, campaign);
  if (visit) target.set(CAMPAIGN_VISIT_HEADER, visit);
}
