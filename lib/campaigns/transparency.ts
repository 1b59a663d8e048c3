import "server-only";
import { getEnv } from "@/lib/env";
import { countedEntry, FUNNEL_STEPS, type CountedEntry } from "./funnel";
import { CAMPAIGN_RETENTION_MONTHS } from "./retention";

// What the transparency page (/confidentialite/mesure) tells patients, taken from the code
// that counts: the entry a page view adds is built by the counter's own countedEntry().

export type MeasurementFacts = {
  /** What one page view opened from this campaign's link adds today. */
  entry: CountedEntry;
  steps: typeof FUNNEL_STEPS;
  threshold: number;
  retentionMonths: number;
};

const EXAMPLE_CAMPAIGN = "exemple-affiche";

export function measurementFacts(campaign: string | null, now = new Date()): MeasurementFacts {
  return {
    entry: countedEntry(campaign ?? EXAMPLE_CAMPAIGN, "LANDING", now),
    steps: FUNNEL_STEPS,
    threshold: getEnv().CAMPAIGN_MIN_COUNT,
    retentionMonths: CAMPAIGN_RETENTION_MONTHS,
  };
}
