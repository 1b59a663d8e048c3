// The campaign form's choices and limits, without zod: the form runs in the browser, where
// zod's code generation would trip the Content-Security-Policy. Client-safe.

export const CAMPAIGN_CHANNELS = [
  "POSTER",
  "NEWSLETTER",
  "PARTNER_SITE",
  "SEARCH_AD",
  "RADIO",
  "OTHER",
] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export const CAMPAIGN_NAME_MAX_LENGTH = 120;
