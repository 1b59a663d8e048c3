import {
  localDateTimeAt,
  localDayAt,
  localDaysOverlapping,
  localSpanToUtc,
  MS_PER_DAY,
  MS_PER_MINUTE,
  startOfLocalDay,
  type LocalDay,
} from "@/lib/utils/zoned-time";
import { createOverlapSweep } from "./blocked-time";
import type { PractitionerSchedule, Slot } from "./types";
import { buildWeeklyGrid, openingWindowsOn, windowHolding, type WeeklyGrid } from "./weekly-grid";

// The times a practice may book by hand (a patient on the phone, a move): any start to the
// minute whose whole appointment lies inside one opening window of that day and overlaps no
// absence and no other appointment with its buffer. Unlike online slots there is no grid,
// no minimum notice and no horizon; only days before today are refused (earlier today is
// allowed: a walk-in written down afterwards). Pure, like compute-slots.ts.

/** The picker lists starts this many minutes apart (the API takes any whole minute). */
export const PRACTICE_TIME_STEP_MINUTES = 5;

export type PracticeTimeRefusal = "IN_PAST" | "MISALIGNED" | "OUTSIDE_HOURS" | "ABSENT" | "TAKEN";

export type PracticeTimeCheck =
  { ok: true; slot: Slot; blockedUntil: Date } | { ok: false; reason: PracticeTimeRefusal };

export type PracticeTimeRequest = {
  startsAt: Date;
  durationMinutes: number;
  now: Date;
  /** When named, the time must be inside that practice's hours. */
  locationId?: string;
};

export function findPracticeTimeAt(
  schedule: PractitionerSchedule,
  request: PracticeTimeRequest,
  grid: WeeklyGrid = buildWeeklyGrid(schedule.weeklyHours),
): PracticeTimeCheck {
  const startMs = request.startsAt.getTime();
  if (startMs % MS_PER_MINUTE !== 0) return { ok: false, reason: "MISALIGNED" };
  const { timeZone } = schedule.rules;
  const today = localDayAt(request.now.getTime(), timeZone);
  if (startMs < startOfLocalDay(today, timeZone)) return { ok: false, reason: "IN_PAST" };
  const slot = slotInsideHours(grid, timeZone, startMs, request);
  if (!slot) return { ok: false, reason: "OUTSIDE_HOURS" };
  const endMs = slot.endsAt.getTime();
  if (createOverlapSweep(schedule.absences)(startMs, endMs)) return { ok: false, reason: "ABSENT" };
  const bufferMs = schedule.rules.bufferMinutes * MS_PER_MINUTE;
  if (createOverlapSweep(schedule.busy, bufferMs)(startMs, endMs)) {
    return { ok: false, reason: "TAKEN" };
  }
  return { ok: true, slot, blockedUntil: new Date(endMs + bufferMs) };
}

// The clock must run through the whole appointment without a DST jump, so that the local
// minutes it covers are the ones the window holds.
function slotInsideHours(
  grid: WeeklyGrid,
  timeZone: string,
  startMs: number,
  { durationMinutes, locationId }: PracticeTimeRequest,
): Slot | null {
  const { day, minute } = localDateTimeAt(startMs, timeZone);
  if (localSpanToUtc(day, minute, durationMinutes, timeZone) !== startMs) return null;
  const span = { startMinute: minute, endMinute: minute + durationMinutes, locationId };
  const window = windowHolding(grid, day, span);
  if (!window) return null;
  const endsAt = new Date(startMs + durationMinutes * MS_PER_MINUTE);
  return { startsAt: new Date(startMs), endsAt, locationId: window.locationId };
}

export type PracticeDayRequest = Omit<PracticeTimeRequest, "startsAt"> & { day: LocalDay };

/**
 * The free starts of one local day from now on, PRACTICE_TIME_STEP_MINUTES apart from each
 * window's start: what the practice's time picker offers.
 */
export function listPracticeTimes(
  schedule: PractitionerSchedule,
  { day, ...request }: PracticeDayRequest,
): Slot[] {
  const { timeZone } = schedule.rules;
  const grid = buildWeeklyGrid(schedule.weeklyHours);
  const starts = new Set<number>();
  for (const window of openingWindowsOn(grid, day)) {
    const lastStart = window.endMinute - request.durationMinutes;
    for (
      let minute = window.startMinute;
      minute <= lastStart;
      minute += PRACTICE_TIME_STEP_MINUTES
    ) {
      const startMs = localSpanToUtc(day, minute, request.durationMinutes, timeZone);
      if (startMs !== null && startMs >= request.now.getTime()) starts.add(startMs);
    }
  }
  return [...starts]
    .sort((a, b) => a - b)
    .flatMap((startMs) => {
      const check = findPracticeTimeAt(schedule, { ...request, startsAt: new Date(startMs) }, grid);
      return check.ok ? [check.slot] : [];
    });
}

/** The first free starts from `after` on, looking `withinDays` ahead: what a 409 offers. */
export function nextPracticeTimes(
  schedule: PractitionerSchedule,
  request: Omit<PracticeTimeRequest, "startsAt"> & {
    after: Date;
    count: number;
    withinDays: number;
  },
): Slot[] {
  const { after, count, withinDays, ...rest } = request;
  const fromMs = Math.max(after.getTime(), rest.now.getTime());
  const days = localDaysOverlapping(
    fromMs,
    fromMs + withinDays * MS_PER_DAY,
    schedule.rules.timeZone,
  );
  const found: Slot[] = [];
  for (const day of days) {
    for (const slot of listPracticeTimes(schedule, { ...rest, day })) {
      if (slot.startsAt.getTime() >= fromMs) found.push(slot);
      if (found.length === count) return found;
    }
  }
  return found;
}
