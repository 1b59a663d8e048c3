// Who may change an appointment, and until when. Pure: use cases feed rows and act on it.

import type { RequestedSlotCheck } from "@/lib/availability/get-availability";
import type { AppErrorCode } from "@/lib/errors";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

const MS_PER_HOUR = 3_600_000;

export type { AppointmentStatus };

type Changeable = { status: AppointmentStatus; startsAt: Date };

/** The last instant the patient may cancel or move online (the practitioner's rule). */
export function changeDeadline(startsAt: Date, cancellationDeadlineHours: number): Date {
  return new Date(startsAt.getTime() - cancellationDeadlineHours * MS_PER_HOUR);
}

/**
 * Why the patient may not cancel or move the appointment now, or null when they may. A
 * cancelled or past appointment is a conflict; one inside the deadline is "too late", so
 * the page can tell the patient to call the practice instead.
 */
export function changeRefusal(
  appointment: Changeable,
  cancellationDeadlineHours: number,
  now: Date,
): Extract<AppErrorCode, "CONFLICT" | "CANCELLATION_TOO_LATE"> | null {
  if (appointment.status !== "BOOKED" || appointment.startsAt <= now) return "CONFLICT";
  const deadline = changeDeadline(appointment.startsAt, cancellationDeadlineHours);
  return now > deadline ? "CANCELLATION_TOO_LATE" : null;
}

/**
 * Whether the patient may still cancel or move it online (pages show the buttons then),
 * from what the appointment's view says (ISO strings).
 */
export function isChangeable(
  appointment: { status: AppointmentStatus; startsAt: string; changeableUntil: string },
  now: Date,
): boolean {
  return (
    appointment.status === "BOOKED" &&
    new Date(appointment.startsAt) > now &&
    now <= new Date(appointment.changeableUntil)
  );
}

/** Still ahead and still on: listed among the upcoming appointments. */
export function isUpcoming(appointment: Changeable, now: Date): boolean {
  return appointment.status === "BOOKED" && appointment.startsAt > now;
}

export type Refusal = {
  code: Extract<AppErrorCode, "SLOT_TAKEN" | "NOT_FOUND" | "SLOT_UNAVAILABLE">;
  /** Catalogue key saying why, when the code alone is too vague for the patient. */
  messageKey?: string;
};

/**
 * What a refused start means for the caller. Taken: someone booked it (409 with other
 * slots). A motive that is not this practitioner's or is inactive reads as not found, like
 * any id the caller may not use. Anything else: the engine does not offer that start (422).
 */
export function slotRefusal(reason: Exclude<RequestedSlotCheck, { ok: true }>["reason"]): Refusal {
  switch (reason) {
    case "TAKEN":
      return { code: "SLOT_TAKEN" };
    case "MOTIVE_UNAVAILABLE":
      return { code: "NOT_FOUND" };
    case "MOTIVE_NOT_FOR_PATIENT":
      return { code: "SLOT_UNAVAILABLE", messageKey: "booking.refusals.MOTIVE_NOT_FOR_PATIENT" };
    default:
      return { code: "SLOT_UNAVAILABLE", messageKey: `booking.refusals.${reason}` };
  }
}
