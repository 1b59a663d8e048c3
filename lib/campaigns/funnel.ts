import type { FunnelStep } from "@/lib/generated/prisma/enums";
import { isoDateOfLocalDay, localDayAt } from "@/lib/utils/zoned-time";

// The funnel a campaign is measured along, and the one record a counted step adds. Pure and
// client-safe: the counter builds its entries with countedEntry(), and the transparency page
// shows what countedEntry() returns, so the page cannot drift from what is stored.

export const FUNNEL_STEPS = [
  "LANDING",
  "SEARCH",
  "PROFILE_VIEW",
  "BOOKING_STARTED",
  "BOOKING_COMPLETED",
] as const satisfies readonly FunnelStep[];

export type { FunnelStep };

/** Campaign days are days in Paris, the service's home zone, whatever the server's zone. */
export const CAMPAIGN_TIME_ZONE = "Europe/Paris";

/** What one counted step adds to campaign_daily_counters: one, to one cell. */
export const STEP_INCREMENT = 1;

/** The whole of what one counted step stores: its cell (day, campaign, step) and +1. */
export type CountedEntry = {
  day: string;
  campaign: string;
  step: FunnelStep;
  increment: typeof STEP_INCREMENT;
};

/** The campaign day (YYYY-MM-DD in Paris) of an instant: no finer time is ever kept. */
export function campaignDayOf(instant: Date): string {
  return isoDateOfLocalDay(localDayAt(instant.getTime(), CAMPAIGN_TIME_ZONE));
}

export function countedEntry(campaign: string, step: FunnelStep, at: Date): CountedEntry {
  return { day: campaignDayOf(at), campaign, step, increment: STEP_INCREMENT };
}

export type StepCounts = Record<FunnelStep, number>;

export function zeroCounts(): StepCounts {
  return { LANDING: 0, SEARCH: 0, PROFILE_VIEW: 0, BOOKING_STARTED: 0, BOOKING_COMPLETED: 0 };
}

/** Each step but the first, with the step before it: the pairs a step-to-step ratio joins. */
export const STEP_PAIRS = FUNNEL_STEPS.slice(1).map(
  (step, index) => [FUNNEL_STEPS[index]!, step] as const,
);
