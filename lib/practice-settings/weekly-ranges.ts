import { localDateTimeAt, MINUTES_PER_DAY, MS_PER_DAY } from "@/lib/utils/zoned-time";
import type { MotiveAudience } from "./limits";

// Pure rules of weekly hours and motives, shared by the schemas, the use cases and tests.

/** One opening range of a weekday, in local wall-clock minutes [startMinute, endMinute). */
export type WeeklyRange = { weekday: number; startMinute: number; endMinute: number };

const TIME_OF_DAY = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** "08:30" → 510; "24:00" (the end of a day) → 1440; anything else, or past 24:00 → null. */
export function parseTimeOfDay(value: string): number | null {
  const match = TIME_OF_DAY.exec(value.trim());
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return minute <= MINUTES_PER_DAY ? minute : null;
}

/**
 * Why a range cannot be: it ends before it starts or at its start, or it runs past
 * midnight (write it as two ranges, one on each day). Null when it is sound.
 */
export function rangeProblem(range: WeeklyRange): "endBeforeStart" | "pastMidnight" | null {
  if (range.startMinute >= MINUTES_PER_DAY || range.endMinute > MINUTES_PER_DAY) {
    return "pastMidnight";
  }
  return range.endMinute <= range.startMinute ? "endBeforeStart" : null;
}

/** Indices of ranges that share time with another range of the same weekday. */
export function overlappingRanges(ranges: readonly WeeklyRange[]): number[] {
  const overlapping = new Set<number>();
  const order = ranges
    .map((range, index) => ({ range, index }))
    .sort((a, b) => a.range.weekday - b.range.weekday || a.range.startMinute - b.range.startMinute);
  for (let i = 1; i < order.length; i++) {
    const previous = order[i - 1];
    const current = order[i];
    if (
      previous.range.weekday === current.range.weekday &&
      current.range.startMinute < previous.range.endMinute
    ) {
      overlapping.add(previous.index).add(current.index);
    }
  }
  return [...overlapping].sort((a, b) => a - b);
}

type Interval = { startsAt: Date; endsAt: Date };
type LocatedWindow = WeeklyRange & {
  locationId: string;
  validFrom: Date | null;
  validTo: Date | null;
};

/**
 * Whether an appointment lies wholly inside one opening range valid on its local day (at
 * its practice, when it has one). Appointments past midnight never do.
 */
export function isInsideHours(
  appointment: Interval & { locationId: string | null },
  windows: readonly LocatedWindow[],
  timeZone: string,
): boolean {
  const start = localDateTimeAt(appointment.startsAt.getTime(), timeZone);
  const end = localDateTimeAt(appointment.endsAt.getTime() - 1, timeZone);
  if (end.day !== start.day) return false;
  const dayMs = start.day * MS_PER_DAY;
  return windows.some(
    (window) =>
      window.weekday === start.weekday &&
      (appointment.locationId === null || window.locationId === appointment.locationId) &&
      (window.validFrom === null || window.validFrom.getTime() <= dayMs) &&
      (window.validTo === null || window.validTo.getTime() >= dayMs) &&
      window.startMinute <= start.minute &&
      end.minute + 1 <= window.endMinute,
  );
}

/** The two booleans motives store, from the one choice the form offers. */
export function audienceFlags(audience: MotiveAudience): {
  allowNewPatients: boolean;
  allowReturning: boolean;
} {
  return {
    allowNewPatients: audience === "ALL" || audience === "NEW",
    allowReturning: audience === "ALL" || audience === "RETURNING",
  };
}

export function audienceOf(flags: {
  allowNewPatients: boolean;
  allowReturning: boolean;
}): MotiveAudience {
  if (flags.allowNewPatients && flags.allowReturning) return "ALL";
  if (flags.allowNewPatients) return "NEW";
  return flags.allowReturning ? "RETURNING" : "PRACTICE";
}
