// Which status marks the practice may set, and when. Pure: use cases feed rows and act on it.

import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { localDayAt } from "@/lib/utils/zoned-time";
import { PRACTICE_STATUS_TARGETS, type StatusTarget } from "./schemas";

type Marked = { status: AppointmentStatus; startsAt: Date; statusChangedAt: Date | null };

export type StatusRefusal = "CANCELLED" | "NOT_ALLOWED" | "NOT_YET" | "UNDO_TOO_LATE";

// BOOKED → ARRIVED → COMPLETED, or NO_SHOW; a NO_SHOW may be marked again to change
// whether it was excused; BOOKED is the undo.
const NEXT: Record<AppointmentStatus, readonly StatusTarget[]> = {
  BOOKED: ["ARRIVED", "COMPLETED", "NO_SHOW"],
  ARRIVED: ["COMPLETED", "NO_SHOW", "BOOKED"],
  COMPLETED: ["BOOKED"],
  NO_SHOW: ["NO_SHOW", "BOOKED"],
  CANCELLED: [],
};

/**
 * Why the practice may not set `target` now, or null when it may. A cancelled appointment
 * takes no mark; arrivals, visits and no-shows are marked from the appointment's day on
 * (never ahead); a mark is undone (back to BOOKED) only the day it was made, in the
 * practitioner's zone, so yesterday's record stays as it was.
 */
export function statusChangeRefusal(
  appointment: Marked,
  target: StatusTarget,
  { now, timeZone }: { now: Date; timeZone: string },
): StatusRefusal | null {
  if (appointment.status === "CANCELLED") return "CANCELLED";
  if (!NEXT[appointment.status].includes(target)) return "NOT_ALLOWED";
  const today = localDayAt(now.getTime(), timeZone);
  if (target === "BOOKED") {
    const markedOn =
      appointment.statusChangedAt && localDayAt(appointment.statusChangedAt.getTime(), timeZone);
    return markedOn === today ? null : "UNDO_TOO_LATE";
  }
  return localDayAt(appointment.startsAt.getTime(), timeZone) > today ? "NOT_YET" : null;
}

/** The marks the panel offers now. */
export function allowedStatusChanges(
  appointment: Marked,
  context: { now: Date; timeZone: string },
): StatusTarget[] {
  return PRACTICE_STATUS_TARGETS.filter(
    (target) => statusChangeRefusal(appointment, target, context) === null,
  );
}

/** Only a booked appointment is moved or cancelled: a marked one already happened (or not). */
export function isChangeableByPractice(appointment: { status: AppointmentStatus }): boolean {
  return appointment.status === "BOOKED";
}
