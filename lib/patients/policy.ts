// Who may do what in the patient area, and what happens to a person's data when they are
// removed. Pure functions: the use cases feed them rows and act on the answer.

import { isUpcoming, type AppointmentStatus } from "@/lib/appointments/policy";
import type { Actor } from "@/lib/auth/session";

export type { Actor };

type AppointmentState = { status: AppointmentStatus; startsAt: Date };

// The patient area (profile, relatives, my data, access log) belongs to patient accounts;
// staff accounts are managed by an admin, and their pages answer 404 here.
export function canUsePatientArea(actor: Actor): boolean {
  return actor.role === "PATIENT";
}

export type PersonRemoval = "refuse" | "pseudonymise" | "erase";

/**
 * Removing a relative from the account. While they have an upcoming appointment the removal
 * is refused: cancelling silently would free a slot the family may be counting on and leave
 * the practice with a cancellation nobody chose, so the holder cancels (or attends) first.
 * Otherwise a relative with appointments is pseudonymised, because the practices keep their
 * records, and one without any is erased.
 */
export function relativeRemoval(
  appointments: readonly AppointmentState[],
  now: Date,
): PersonRemoval {
  if (appointments.some((appointment) => isUpcoming(appointment, now))) return "refuse";
  return appointments.length > 0 ? "pseudonymise" : "erase";
}

/**
 * Deleting the account is the holder's explicit decision about everyone on it, so upcoming
 * appointments are cancelled (which frees the slots) rather than blocking the deletion; every
 * person with appointments, cancelled ones included, keeps a pseudonymised row for the
 * practices' records, and everyone else is erased.
 */
export function personOnAccountDeletion(
  appointmentCount: number,
): Exclude<PersonRemoval, "refuse"> {
  return appointmentCount > 0 ? "pseudonymise" : "erase";
}
