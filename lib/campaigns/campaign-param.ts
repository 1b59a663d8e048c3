// The campaign tag of a URL (`?campagne=printemps-2026`). Pure and client-safe: the proxy,
// the pages and the links all read and write it through these functions.

/** The query parameter that carries a campaign from the tagged link through the journey. */
export const CAMPAIGN_PARAM = "campagne";

// What a campaign slug can be at all (3–40 of a-z, 0-9 and "-"). Anything else — too long,
// HTML, upper case — is not a campaign and is dropped before any database access.
const CAMPAIGN_SLUG_SYNTAX = /^[a-z0-9-]{3,40}$/;

/** The slug, when the value has a campaign slug's syntax; null otherwise. */
export function campaignSlugFrom(value: unknown): string | null {
  return typeof value === "string" && CAMPAIGN_SLUG_SYNTAX.test(value) ? value : null;
}

/**
 * The internal address `href` with the campaign appended (or replaced), before any
 * `#fragment`; unchanged without a campaign or for an address that is not a path of ours.
 */
export function withCampaign(href: string, campaign: string | null): string {
  if (!campaign || !href.startsWith("/") || href.startsWith("//")) return href;
  const hashAt = href.indexOf("#");
  const [pathAndQuery, hash] =
    hashAt < 0 ? [href, ""] : [href.slice(0, hashAt), href.slice(hashAt)];
  const queryAt = pathAndQuery.indexOf("?");
  const path = queryAt < 0 ? pathAndQuery : pathAndQuery.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? "" : pathAndQuery.slice(queryAt + 1));
  params.set(CAMPAIGN_PARAM, campaign);
  return `${path}?${params}${hash}`;
}
