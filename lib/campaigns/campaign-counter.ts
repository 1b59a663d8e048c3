import "server-only";
import { CounterTally } from "./counter-tally";
import { countedEntry, type FunnelStep } from "./funnel";
import { addToCounters } from "./queries";

// The process's one tally of counted steps (see counter-tally.ts), flushed every second and
// on shutdown. A crash (kill -9, power loss) loses what was counted since the last flush:
// at most FLUSH_INTERVAL_MS of steps, never more, and never a completed booking, which is
// counted in the booking's own statement.

export const FLUSH_INTERVAL_MS = 1_000;

// On globalThis: Next bundles routes and instrumentation separately, and each bundle would
// otherwise hold (and flush) a tally of its own.
const globalForTally = globalThis as unknown as { praxisCampaignTally?: CounterTally };

function tally(): CounterTally {
  if (!globalForTally.praxisCampaignTally) {
    const created = new CounterTally(addToCounters, (error, lost) =>
      console.error(
        `[praxis] campaign counters: flush failed (${(error as Error)?.name}), retried next second${lost ? `; ${lost} cells dropped` : ""}`,
      ),
    );
    created.start(FLUSH_INTERVAL_MS);
    globalForTally.praxisCampaignTally = created;
  }
  return globalForTally.praxisCampaignTally;
}

/**
 * Counts one step of a campaign, named by a syntactically valid slug: +1 to the cell of
 * (today in Paris, campaign, step), written with the next flush — if the campaign is known
 * and running that day. Takes microseconds; nothing about the visitor is kept.
 */
export function recordCampaignStep(campaign: string, step: FunnelStep, at = new Date()): void {
  tally().add(countedEntry(campaign, step, at));
}

/** Resolves once what was counted so far has been written (or the attempt failed). */
export function campaignCountsSettled(): Promise<void> {
  return globalForTally.praxisCampaignTally?.settled() ?? Promise.resolve();
}

/** Writes what is pending now: on shutdown, and in tests. */
export async function flushCampaignCounts(): Promise<void> {
  await globalForTally.praxisCampaignTally?.flush();
}
