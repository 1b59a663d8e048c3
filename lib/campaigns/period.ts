import { isoDateOfLocalDay, localDayOfIsoDate, type LocalDay } from "@/lib/utils/zoned-time";

// The dashboard's periods: whole days, both ends included. Pure and client-safe.

export const PRESET_LENGTHS = [7, 30, 90] as const;
export type PresetLength = (typeof PRESET_LENGTHS)[number];
export const DEFAULT_PRESET: PresetLength = 30;

// A little over a year, so a campaign can be compared with the same one a year before.
export const MAX_PERIOD_DAYS = 400;

export type Period = { from: string; to: string };

export function periodLength({ from, to }: Period): number {
  return localDayOfIsoDate(to) - localDayOfIsoDate(from) + 1;
}

/**
 * The last `length` complete days, up to yesterday. The day under way is left out: its cells
 * are still small in the morning, and one small cell would mask each step's total.
 */
export function presetPeriod(length: number, today: LocalDay): Period {
  return { from: isoDateOfLocalDay(today - length), to: isoDateOfLocalDay(today - 1) };
}

/** The period of the same length that ends the day before this one starts. */
export function previousPeriod(period: Period): Period {
  const from = localDayOfIsoDate(period.from);
  return {
    from: isoDateOfLocalDay(from - periodLength(period)),
    to: isoDateOfLocalDay(from - 1),
  };
}

export function daysOf({ from, to }: Period): string[] {
  const days: string[] = [];
  for (let day = localDayOfIsoDate(from); day <= localDayOfIsoDate(to); day++) {
    days.push(isoDateOfLocalDay(day));
  }
  return days;
}

/** Why a period cannot be shown: its end before its start, or longer than allowed. */
export function periodProblem(period: Period): "reversed" | "tooLong" | null {
  const length = periodLength(period);
  if (length < 1) return "reversed";
  return length > MAX_PERIOD_DAYS ? "tooLong" : null;
}

/** Relative change from the previous value, or null when either is not published or is 0. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

/**
 * The days of the period within a campaign's run (null when none): a campaign counts
 * nothing outside its dates, so those days are not part of its table, and their zeros
 * never make a total look as if it hid something.
 */
export function withinRun(
  period: Period,
  run: { startsOn: string | null; endsOn: string | null },
): Period | null {
  const from = run.startsOn && run.startsOn > period.from ? run.startsOn : period.from;
  const to = run.endsOn && run.endsOn < period.to ? run.endsOn : period.to;
  return from <= to ? { from, to } : null;
}
