import {
  localDateTimeAt,
  localDaysOverlapping,
  MS_PER_DAY,
  MS_PER_MINUTE,
} from "@/lib/utils/zoned-time";
import { createOverlapSweep, type OverlapSweep } from "./blocked-time";
import type { BookingRules, PractitionerSchedule, Slot } from "./types";
import {
  buildWeeklyGrid,
  candidateSlotsOn,
  isWithinOpeningHours,
  type CandidateSlot,
} from "./weekly-grid";

// The availability engine, pure: search lists the slots it computes, booking asks it whether
// a requested start is one of them. Both go through the same candidate grid
// (weekly-grid.ts) and the same filters, so they can never disagree.
//
// A slot is offered when it is on the grid of an opening window valid that day, overlaps no
// absence and no appointment widened by the buffer on both sides, starts at least the
// minimum notice after now and no later than now + the booking horizon.

export type SlotRequest = { durationMinutes: number; now: Date; from: Date; to: Date };

/** Free slots starting in [from, to), in order; they never overlap one another. */
export function computeSlots(schedule: PractitionerSchedule, request: SlotRequest): Slot[] {
  const { timeZone } = schedule.rules;
  const range = startRange(schedule.rules, request);
  if (range.firstMs > range.lastMs) return [];
  const grid = buildWeeklyGrid(schedule.weeklyHours);
  const isBlocked = createBlockedCheck(schedule);
  const slots: Slot[] = [];
  for (const day of localDaysOverlapping(range.firstMs, range.lastMs + 1, timeZone)) {
    for (const candidate of candidateSlotsOn(grid, day, request.durationMinutes, timeZone)) {
      const inRange = candidate.startMs >= range.firstMs && candidate.startMs <= range.lastMs;
      if (inRange && !isBlocked(candidate.startMs, candidate.endMs)) slots.push(toSlot(candidate));
    }
  }
  return slots;
}

/** Earliest and latest allowed starts, both included, in epoch ms. */
function startRange(rules: BookingRules, { now, from, to }: Omit<SlotRequest, "durationMinutes">) {
  return {
    firstMs: Math.max(from.getTime(), earliestStartMs(rules, now)),
    lastMs: Math.min(to.getTime() - 1, latestStartMs(rules, now)),
  };
}

function earliestStartMs(rules: BookingRules, now: Date): number {
  return now.getTime() + rules.minNoticeMinutes * MS_PER_MINUTE;
}

function latestStartMs(rules: BookingRules, now: Date): number {
  return now.getTime() + rules.bookingHorizonDays * MS_PER_DAY;
}

function createBlockedCheck(schedule: PractitionerSchedule): OverlapSweep {
  const isAbsent = createOverlapSweep(schedule.absences);
  const isTaken = createOverlapSweep(schedule.busy, schedule.rules.bufferMinutes * MS_PER_MINUTE);
  return (startMs, endMs) => isAbsent(startMs, endMs) || isTaken(startMs, endMs);
}

function toSlot({ startMs, endMs, locationId }: CandidateSlot): Slot {
  return { startsAt: new Date(startMs), endsAt: new Date(endMs), locationId };
}

// ---------------------------------------------------------------- booking a given start

export type SlotRefusal =
  "IN_PAST" | "TOO_SOON" | "BEYOND_HORIZON" | "OUTSIDE_HOURS" | "MISALIGNED" | "ABSENT" | "TAKEN";

export type SlotCheck = { ok: true; slot: Slot } | { ok: false; reason: SlotRefusal };

export type SlotAtRequest = { durationMinutes: number; now: Date; startsAt: Date };

/**
 * The slot computeSlots would offer at exactly `startsAt`, or why there is none: in the
 * past, sooner than the notice, beyond the horizon, outside opening hours, inside them but
 * off the grid (or cut by a DST change), during an absence, or too close to an appointment.
 */
export function findSlotAt(schedule: PractitionerSchedule, request: SlotAtRequest): SlotCheck {
  const startMs = request.startsAt.getTime();
  const timingRefusal = refuseTiming(schedule.rules, request.now, startMs);
  if (timingRefusal) return { ok: false, reason: timingRefusal };

  const { timeZone } = schedule.rules;
  const grid = buildWeeklyGrid(schedule.weeklyHours);
  const { day, minute } = localDateTimeAt(startMs, timeZone);
  const candidate = candidateSlotsOn(grid, day, request.durationMinutes, timeZone).find(
    (slot) => slot.startMs === startMs,
  );
  if (!candidate) {
    const reason = isWithinOpeningHours(grid, day, minute) ? "MISALIGNED" : "OUTSIDE_HOURS";
    return { ok: false, reason };
  }
  if (createOverlapSweep(schedule.absences)(candidate.startMs, candidate.endMs)) {
    return { ok: false, reason: "ABSENT" };
  }
  const bufferMs = schedule.rules.bufferMinutes * MS_PER_MINUTE;
  if (createOverlapSweep(schedule.busy, bufferMs)(candidate.startMs, candidate.endMs)) {
    return { ok: false, reason: "TAKEN" };
  }
  return { ok: true, slot: toSlot(candidate) };
}

function refuseTiming(rules: BookingRules, now: Date, startMs: number): SlotRefusal | null {
  if (startMs < now.getTime()) return "IN_PAST";
  if (startMs < earliestStartMs(rules, now)) return "TOO_SOON";
  if (startMs > latestStartMs(rules, now)) return "BEYOND_HORIZON";
  return null;
}

export function isOfferedSlot(schedule: PractitionerSchedule, request: SlotAtRequest): boolean {
  return findSlotAt(schedule, request).ok;
}
