import "server-only";
import { getNextFreeDays } from "@/lib/availability/get-availability";
import {
  ALL_STARTS_OF_A_DAY,
  buildSummary,
  SUMMARY_DAYS,
  SUMMARY_LOOKAHEAD_DAYS,
  type AvailabilitySummary,
} from "./build-summary";
import { claimSummaryVersions, findStaleSummaryIds, saveSummaries } from "./queries";

// Recomputes availability summaries with the availability engine (the code booking uses),
// so search never keeps its own idea of when a practitioner is free.

// The engine loads every appointment of a batch at once; this keeps a batch in memory.
const BATCH_SIZE = 200;

export type FreshSummary = AvailabilitySummary & { minNoticeMinutes: number };

export async function refreshSummaries(
  practitionerIds: readonly string[],
  now: Date,
): Promise<Map<string, FreshSummary>> {
  const fresh = new Map<string, FreshSummary>();
  for (let offset = 0; offset < practitionerIds.length; offset += BATCH_SIZE) {
    const batch = practitionerIds.slice(offset, offset + BATCH_SIZE);
    // Versions first: a change that commits after this read bumps the version and voids the write.
    const claims = await claimSummaryVersions(batch);
    const nextFreeDays = await getNextFreeDays({
      practitionerIds: claims.map((claim) => claim.practitionerId),
      now,
      withinDays: SUMMARY_LOOKAHEAD_DAYS,
      maxDays: SUMMARY_DAYS,
      slotsPerDay: ALL_STARTS_OF_A_DAY,
    });
    const daysOf = new Map(nextFreeDays.map((result) => [result.practitionerId, result.days]));
    const writes = claims.map((claim) => ({
      ...claim,
      summary: buildSummary(daysOf.get(claim.practitionerId) ?? [], claim.minNoticeMinutes, now),
    }));
    await saveSummaries(
      writes.flatMap(({ version, ...write }) => (version === null ? [] : [{ ...write, version }])),
      now,
    );
    for (const { practitionerId, summary, minNoticeMinutes } of writes) {
      fresh.set(practitionerId, { ...summary, minNoticeMinutes });
    }
  }
  return fresh;
}

/** Brings every stale summary up to date: every minute in the outbox worker, before a benchmark. */
export async function refreshAllStaleSummaries(now: Date = new Date()): Promise<number> {
  let refreshed = 0;
  let afterId = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const stale = await findStaleSummaryIds(now, afterId, BATCH_SIZE);
    if (stale.length === 0) return refreshed;
    await refreshSummaries(stale, now);
    refreshed += stale.length;
    afterId = stale[stale.length - 1];
  }
}
