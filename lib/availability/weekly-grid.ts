import {
  isoWeekdayOfLocalDay,
  localDayOfCalendarDate,
  localSpanToUtc,
  MS_PER_MINUTE,
  type LocalDay,
} from "@/lib/utils/zoned-time";
import type { WeeklyWindow } from "./types";

// Weekly hours turned into the candidate slots of one local day: the grid a practitioner
// publishes, before appointments, absences and booking rules take slots away.

type DatedWindow = {
  startMinute: number;
  endMinute: number;
  locationId: string;
  firstDay: LocalDay;
  lastDay: LocalDay;
};

/** Windows by ISO weekday (index 1 … 7), each list in start order. */
export type WeeklyGrid = readonly (readonly DatedWindow[])[];

export type CandidateSlot = { startMs: number; endMs: number; locationId: string };

export function buildWeeklyGrid(windows: readonly WeeklyWindow[]): WeeklyGrid {
  const byWeekday: DatedWindow[][] = Array.from({ length: 8 }, () => []);
  for (const window of windows) byWeekday[window.weekday]?.push(toDatedWindow(window));
  for (const list of byWeekday) list.sort(compareWindows);
  return byWeekday;
}

function toDatedWindow(window: WeeklyWindow): DatedWindow {
  return {
    startMinute: window.startMinute,
    endMinute: window.endMinute,
    locationId: window.locationId,
    firstDay: window.validFrom ? localDayOfCalendarDate(window.validFrom) : -Infinity,
    lastDay: window.validTo ? localDayOfCalendarDate(window.validTo) : Infinity,
  };
}

// A total order, so that overlapping windows resolve the same way whatever order the
// database returned them in.
function compareWindows(a: DatedWindow, b: DatedWindow): number {
  return (
    a.startMinute - b.startMinute ||
    a.endMinute - b.endMinute ||
    (a.locationId < b.locationId ? -1 : a.locationId > b.locationId ? 1 : 0) ||
    a.firstDay - b.firstDay
  );
}

function windowsOn(grid: WeeklyGrid, day: LocalDay): DatedWindow[] {
  return grid[isoWeekdayOfLocalDay(day)].filter(
    (window) => window.firstDay <= day && day <= window.lastDay,
  );
}

/**
 * The day's slots in real-time order. Grid rule: a window offers the wall-clock times
 * start, start + d, start + 2d … (d = the motive's duration) whose slot ends by the window's
 * end, so patients see predictable times (09:00, 09:20, 09:40). Each slot is the real
 * interval during which the clock reads those d minutes without a DST jump
 * (localSpanToUtc): one touching a spring-forward gap does not exist, one in a repeated
 * fall-back hour is offered once. Overlapping windows (a data error) never yield
 * overlapping slots: the earlier window's slot wins.
 */
export function candidateSlotsOn(
  grid: WeeklyGrid,
  day: LocalDay,
  durationMinutes: number,
  timeZone: string,
): CandidateSlot[] {
  // A zero or fractional step would never leave the window (or leave the minute grid).
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new RangeError(`Invalid motive duration: ${durationMinutes}`);
  }
  const slots: CandidateSlot[] = [];
  let lastEndMs = -Infinity;
  for (const window of windowsOn(grid, day)) {
    const lastStart = window.endMinute - durationMinutes;
    for (let minute = window.startMinute; minute <= lastStart; minute += durationMinutes) {
      const startMs = localSpanToUtc(day, minute, durationMinutes, timeZone);
      if (startMs === null || startMs < lastEndMs) continue;
      lastEndMs = startMs + durationMinutes * MS_PER_MINUTE;
      slots.push({ startMs, endMs: lastEndMs, locationId: window.locationId });
    }
  }
  return slots;
}

/**
 * The opening window of that day (at that location, when one is named) holding the whole
 * local span [startMinute, endMinute), if any: a practice may book any time inside it.
 */
export function windowHolding(
  grid: WeeklyGrid,
  day: LocalDay,
  span: { startMinute: number; endMinute: number; locationId?: string },
): { startMinute: number; endMinute: number; locationId: string } | undefined {
  return windowsOn(grid, day).find(
    (window) =>
      window.startMinute <= span.startMinute &&
      span.endMinute <= window.endMinute &&
      (span.locationId === undefined || span.locationId === window.locationId),
  );
}

/** The day's opening windows, in start order. */
export function openingWindowsOn(
  grid: WeeklyGrid,
  day: LocalDay,
): readonly { startMinute: number; endMinute: number; locationId: string }[] {
  return windowsOn(grid, day);
}

export function isWithinOpeningHours(grid: WeeklyGrid, day: LocalDay, minute: number): boolean {
  return windowsOn(grid, day).some(
    (window) => window.startMinute <= minute && minute < window.endMinute,
  );
}
