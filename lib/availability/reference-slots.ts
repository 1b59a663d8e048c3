import type { PractitionerSchedule, Slot, TimeInterval, WeeklyWindow } from "./types";

// Test support: an independent, brute-force model of the engine for its property tests.
// Local times are read with its own Intl formatter, never with lib/utils/zoned-time, so a
// bug there cannot hide itself; it is slow and simple on purpose.

export const MINUTE = 60_000;
export const DAY = 1440 * MINUTE;

type Reading = { day: number; minute: number };
const readers = new Map<string, Intl.DateTimeFormat>();

export function readWallClock(ms: number, timeZone: string): Reading {
  let reader = readers.get(timeZone);
  if (!reader) {
    reader = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    readers.set(timeZone, reader);
  }
  const part = Object.fromEntries(
    reader.formatToParts(ms).map(({ type, value }) => [type, Number(value)]),
  );
  return {
    day: Date.UTC(part.year, part.month - 1, part.day) / DAY,
    minute: part.hour * 60 + part.minute,
  };
}

const isoWeekday = (day: number) => ((new Date(day * DAY).getUTCDay() + 6) % 7) + 1;
const calendarDay = (date: Date | null, fallback: number) =>
  date ? date.getTime() / DAY : fallback;
export const validOn = (window: WeeklyWindow, day: number) =>
  isoWeekday(day) === window.weekday &&
  calendarDay(window.validFrom, -Infinity) <= day &&
  day <= calendarDay(window.validTo, Infinity);
export const overlaps = (
  startMs: number,
  endMs: number,
  intervals: readonly TimeInterval[],
  marginMs: number,
) =>
  intervals.some(
    (busy) =>
      startMs < busy.endsAt.getTime() + marginMs && endMs > busy.startsAt.getTime() - marginMs,
  );

export type Scenario = {
  schedule: PractitionerSchedule;
  durationMinutes: number;
  now: Date;
  from: Date;
  to: Date;
};

// ---------------------------------------------------------------- reference

/** The earliest instant from which the clock reads `minute` … `minute + d` without a jump. */
function referencePlacement(
  day: number,
  minute: number,
  durationMinutes: number,
  timeZone: string,
) {
  const naiveMs = day * DAY + minute * MINUTE;
  const offsets = [naiveMs - DAY, naiveMs + DAY].map((probe) => {
    const reading = readWallClock(probe, timeZone);
    return Math.round((reading.day * DAY + reading.minute * MINUTE - probe) / MINUTE);
  });
  const fits = (startMs: number) => {
    const first = readWallClock(startMs, timeZone);
    const last = readWallClock(startMs + (durationMinutes - 1) * MINUTE, timeZone);
    return (
      first.day === day &&
      first.minute === minute &&
      last.day === day &&
      last.minute === minute + durationMinutes - 1
    );
  };
  const starts = offsets.map((offset) => naiveMs - offset * MINUTE).filter(fits);
  return starts.length > 0 ? Math.min(...starts) : null;
}

/** Brute force: every grid time of every window, overlapping windows resolved in start order. */
export function referenceSlots({ schedule, durationMinutes, now, from, to }: Scenario): Slot[] {
  const { timeZone, bufferMinutes, minNoticeMinutes, bookingHorizonDays } = schedule.rules;
  const firstMs = Math.max(from.getTime(), now.getTime() + minNoticeMinutes * MINUTE);
  const lastMs = Math.min(to.getTime() - 1, now.getTime() + bookingHorizonDays * DAY);
  const windows = schedule.weeklyHours.toSorted(
    (a, b) =>
      a.startMinute - b.startMinute ||
      a.endMinute - b.endMinute ||
      a.locationId.localeCompare(b.locationId),
  );
  const slots: Slot[] = [];
  for (
    let day = readWallClock(firstMs, timeZone).day;
    day <= readWallClock(lastMs, timeZone).day;
    day++
  ) {
    let lastEndMs = -Infinity;
    for (const window of windows.filter((candidate) => validOn(candidate, day))) {
      for (
        let minute = window.startMinute;
        minute + durationMinutes <= window.endMinute;
        minute += durationMinutes
      ) {
        const startMs = referencePlacement(day, minute, durationMinutes, timeZone);
        if (startMs === null || startMs < lastEndMs) continue;
        const endMs = startMs + durationMinutes * MINUTE;
        lastEndMs = endMs;
        const blocked =
          overlaps(startMs, endMs, schedule.busy, bufferMinutes * MINUTE) ||
          overlaps(startMs, endMs, schedule.absences, 0);
        if (startMs >= firstMs && startMs <= lastMs && !blocked) {
          slots.push({
            startsAt: new Date(startMs),
            endsAt: new Date(endMs),
            locationId: window.locationId,
          });
        }
      }
    }
  }
  return slots;
}
