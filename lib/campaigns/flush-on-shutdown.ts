import "server-only";
import { flushCampaignCounts } from "./campaign-counter";

// On SIGTERM or SIGINT the server writes the counts waiting in memory at once. Next closes
// its server on the same signals and, before exiting, waits for the `after` callbacks of
// the requests that counted (count-step.ts), which resolve when this flush is done.
export function flushCampaignCountsOnShutdown(): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      flushCampaignCounts().catch(() => {
        // Logged by the tally; the counts of this last second are then lost.
      });
    });
  }
}
