import { defineOperation } from "@/lib/openapi/operation";
import { bookAppointmentRequestSchema } from "../schemas";
import {
  appointmentResponseSchema,
  idempotencyKeyHeader,
  slotTakenResponseSchema,
} from "./appointment-schemas";

export const bookAppointmentOperation = defineOperation({
  method: "post",
  path: "/api/v1/appointments",
  operationId: "bookAppointment",
  tag: "Appointments",
  summary: "Book an appointment for yourself or a relative on the account",
  description:
    "Name the practitioner by practitionerId or practitionerSlug (both from search results and profiles); patientId is the id of the account holder or of a relative (GET /api/v1/me); motiveId and startsAt come from the profile and the availability. An unknown slug gets 404 and an id and a slug naming two practitioners 422, booking nothing. Idempotent: a retry with the same key and body gets the same answer (Idempotent-Replayed header) and no second appointment; the same key with another body gets 422.",
  session: true,
  headers: idempotencyKeyHeader(true),
  body: bookAppointmentRequestSchema,
  response: { status: 201, description: "Booked", schema: appointmentResponseSchema },
  errors: {
    400: "Idempotency-Key missing or malformed, or a body that is not JSON",
    404: "Practitioner (id or slug), motive or patient not found (or not the account's)",
    409: { description: "SLOT_TAKEN: the slot was just taken", schema: slotTakenResponseSchema },
    422: "Invalid body (error.fields; practitionerSlug when it disagrees with practitionerId), slot not offered (SLOT_UNAVAILABLE), or a key already used for another body (IDEMPOTENCY_KEY_REUSED)",
  },
});
