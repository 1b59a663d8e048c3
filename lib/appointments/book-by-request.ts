import "server-only";
import { AppError, fieldError } from "@/lib/errors";
import { findPractitionerIdBySlug } from "@/lib/practitioners/find-practitioner-id";
import type { BookAppointmentInput, BookAppointmentRequest } from "./schemas";

/**
 * A booking request of the JSON API as bookAppointment takes it: the practitioner named by
 * slug is looked up; an unknown slug is a 404 saying so, and an id and a slug naming two
 * different practitioners a 422, before anything is booked.
 */
export async function toBookingInput(
  request: BookAppointmentRequest,
): Promise<BookAppointmentInput> {
  const { practitionerId, practitionerSlug, ...rest } = request;
  if (!practitionerSlug) return { ...rest, practitionerId: practitionerId! };
  const bySlug = await findPractitionerIdBySlug(practitionerSlug);
  if (!bySlug) {
    throw new AppError("NOT_FOUND", { messageKey: "booking.errors.unknownPractitionerSlug" });
  }
  if (practitionerId && practitionerId !== bySlug) {
    throw fieldError("practitionerSlug", "booking.errors.practitionerMismatch");
  }
  return { ...rest, practitionerId: bySlug };
}
