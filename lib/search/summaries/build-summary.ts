import type { DaySlots } from "@/lib/availability/group-slots";

// What search keeps of the engine's answer for one practitioner, and how long it stays
// true without any change to their calendar. Time only ever takes slots away (the minimum
// notice passes them by), except at the far end of the look-ahead, so:
// - every free start of the first free day is kept: the first one still ahead of the notice
//   is, at any later instant, the next free slot;
// - the summary expires when the last of them passes the notice (the first day may then have
//   no slot left, and another day takes its place);
// - with fewer days found than shown, a day entering the look-ahead could join them: such
//   summaries are rechecked hourly. Pure.

/** Longer than the longest "available within" filter (14 days), so the filter is exact. */
export const SUMMARY_LOOKAHEAD_DAYS = 15;
export const SUMMARY_DAYS = 3;
const STARTS_SHOWN_PER_DAY = 4;
export const SPARSE_SUMMARY_TTL_MS = 60 * 60_000;
/** Every start of a day: 24 h of the shortest motive allowed (5 min). */
export const ALL_STARTS_OF_A_DAY = 288;

/** `date`: the local calendar day (YYYY-MM-DD) in the practitioner's zone. */
export type SummaryDay = { date: string; starts: string[] };

export type AvailabilitySummary = {
  firstDayStarts: Date[];
  /** Up to SUMMARY_DAYS days, each with its first STARTS_SHOWN_PER_DAY starts. */
  days: SummaryDay[];
  validUntil: Date;
};

export function buildSummary(
  days: readonly DaySlots[],
  minNoticeMinutes: number,
  now: Date,
): AvailabilitySummary {
  const firstDayStarts = (days[0]?.slots ?? []).map((slot) => slot.startsAt);
  const limits: number[] = [];
  const lastStart = firstDayStarts.at(-1);
  if (lastStart) limits.push(lastStart.getTime() - minNoticeMinutes * 60_000);
  if (days.length < SUMMARY_DAYS) limits.push(now.getTime() + SPARSE_SUMMARY_TTL_MS);
  return {
    firstDayStarts,
    days: days.slice(0, SUMMARY_DAYS).map(({ date, slots }) => ({
      date,
      starts: slots.slice(0, STARTS_SHOWN_PER_DAY).map((slot) => slot.startsAt.toISOString()),
    })),
    validUntil: new Date(Math.min(...limits)),
  };
}

/**
 * The days to show now: the first day's starts are taken from all of its starts still ahead
 * of the notice (a fresh summary always has one), the other days as stored.
 */
export function upcomingDays(
  summary: { firstDayStarts: Date[]; days: SummaryDay[] },
  minNoticeMinutes: number,
  now: Date,
): SummaryDay[] {
  const earliest = now.getTime() + minNoticeMinutes * 60_000;
  const [first, ...others] = summary.days;
  if (!first) return [];
  const firstStarts = summary.firstDayStarts
    .filter((start) => start.getTime() >= earliest)
    .slice(0, STARTS_SHOWN_PER_DAY)
    .map((start) => start.toISOString());
  return firstStarts.length > 0 ? [{ date: first.date, starts: firstStarts }, ...others] : others;
}
