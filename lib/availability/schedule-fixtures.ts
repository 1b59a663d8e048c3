import {
  formatLocalDateTime,
  localDayOfIsoDate,
  MS_PER_MINUTE,
  zonedToUtc,
} from "@/lib/utils/zoned-time";
import type { PractitionerSchedule, Slot, TimeInterval, WeeklyWindow } from "./types";

// Test helpers: schedules written the way a practitioner thinks of them.

export const PARIS = "Europe/Paris";
export const CABINET = "cabinet";

export function schedule(overrides: Partial<PractitionerSchedule> = {}): PractitionerSchedule {
  return {
    rules: { timeZone: PARIS, bufferMinutes: 0, minNoticeMinutes: 0, bookingHorizonDays: 3650 },
    weeklyHours: [],
    absences: [],
    busy: [],
    ...overrides,
  };
}

export function minuteOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

/** Every day of the week, "09:00"–"12:00". */
export function everyDay(start: string, end: string, locationId = CABINET): WeeklyWindow[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    startMinute: minuteOf(start),
    endMinute: minuteOf(end),
    locationId,
    validFrom: null,
    validTo: null,
  }));
}

/** The instant a Paris (or other) clock reads "HH:MM" on a date; throws if it never does. */
export function at(isoDate: string, time: string, timeZone = PARIS): Date {
  const ms = zonedToUtc(localDayOfIsoDate(isoDate), minuteOf(time), timeZone);
  if (ms === null) throw new Error(`${isoDate} ${time} does not exist in ${timeZone}`);
  return new Date(ms);
}

export function interval(startsAt: Date, minutes: number): TimeInterval {
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * MS_PER_MINUTE) };
}

/** "2026-03-29 01:40" for each slot start, as read on the zone's clock. */
export function localStarts(slots: readonly Slot[], timeZone = PARIS): string[] {
  return slots.map((slot) => formatLocalDateTime(slot.startsAt.getTime(), timeZone));
}
