import { z } from "zod";
import { FUNNEL_STEPS } from "../funnel";
import { CAMPAIGN_CHANNELS } from "../options";

// The shapes of the admin campaign API's answers (documentation only: handlers build them
// from CampaignView and PublishedTable).

export const campaignSchema = z.object({
  slug: z.string(),
  name: z.string(),
  channel: z.enum(CAMPAIGN_CHANNELS),
  startsOn: z.string().nullable().describe("YYYY-MM-DD"),
  endsOn: z.string().nullable().describe("YYYY-MM-DD"),
  landingPath: z.string(),
  budgetCents: z.number().int().nullable(),
  archived: z.boolean(),
  state: z.enum(["upcoming", "running", "ended", "archived"]),
  taggedUrl: z.string().describe("The landing page with ?campagne={slug}: the link to publish"),
  shortUrl: z.string().describe("/c/{slug}, which redirects (303) to taggedUrl"),
});

export const campaignResponseSchema = z.object({ campaign: campaignSchema });
export const campaignListResponseSchema = z.object({ campaigns: z.array(campaignSchema) });

const stepsSchema = z
  .object(
    Object.fromEntries(FUNNEL_STEPS.map((step) => [step, z.number().int().nullable()])) as Record<
      (typeof FUNNEL_STEPS)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  )
  .describe("Passages at each step; null when not published (below the threshold, or masked)");

export const statsResponseSchema = z.object({
  threshold: z.number().int().describe("k: no number below it is published"),
  from: z.string().describe("YYYY-MM-DD"),
  to: z.string().describe("YYYY-MM-DD"),
  days: z.array(z.object({ day: z.string().describe("YYYY-MM-DD"), steps: stepsSchema })),
  totals: stepsSchema,
});
