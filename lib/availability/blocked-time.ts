import type { TimeInterval } from "./types";

// Appointments and absences as sorted, disjoint intervals, so that checking a day's slots in
// order is a single forward sweep instead of a scan per slot.

type MergedIntervals = { starts: number[]; ends: number[] };

/** Each interval widened by `marginMs` on both sides, then sorted and merged. */
function mergeIntervals(intervals: readonly TimeInterval[], marginMs: number): MergedIntervals {
  const sorted = intervals
    .map(({ startsAt, endsAt }) => [startsAt.getTime() - marginMs, endsAt.getTime() + marginMs])
    .sort((a, b) => a[0] - b[0]);
  const merged: MergedIntervals = { starts: [], ends: [] };
  for (const [start, end] of sorted) {
    const last = merged.ends.length - 1;
    if (last >= 0 && start <= merged.ends[last])
      merged.ends[last] = Math.max(merged.ends[last], end);
    else {
      merged.starts.push(start);
      merged.ends.push(end);
    }
  }
  return merged;
}

/** Answers "does [startMs, endMs) overlap one of them?" for calls in non-decreasing startMs. */
export type OverlapSweep = (startMs: number, endMs: number) => boolean;

export function createOverlapSweep(intervals: readonly TimeInterval[], marginMs = 0): OverlapSweep {
  const { starts, ends } = mergeIntervals(intervals, marginMs);
  let index = 0;
  return (startMs, endMs) => {
    while (index < ends.length && ends[index] <= startMs) index++;
    return index < starts.length && starts[index] < endMs;
  };
}
