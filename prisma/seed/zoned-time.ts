import { localSpanToUtc, startOfLocalDay, type LocalDay } from "../../lib/utils/zoned-time";

/** The seed's view of one zone's wall clock, on top of the app's own zoned-time rules. */
export type ZonedClock = {
  dayStart: (day: LocalDay) => number;
  /** Null when the span starts in or runs into a DST gap: such a slot does not exist. */
  slotStart: (day: LocalDay, minute: number, lengthMinutes: number) => number | null;
};

export function createZonedClock(timeZone: string): ZonedClock {
  return {
    dayStart: (day) => startOfLocalDay(day, timeZone),
    slotStart: (day, minute, lengthMinutes) => localSpanToUtc(day, minute, lengthMinutes, timeZone),
  };
}
