import { defineOperation } from "@/lib/openapi/operation";
import { idempotencyKeyHeader, slotTakenResponseSchema } from "../../api/appointment-schemas";
import { practiceBookingInputSchema } from "../schemas";
import { PRACTICE_SESSION_NOTE, practiceAppointmentResponseSchema } from "./practice-schemas";

export const bookByPracticeOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/appointments",
  operationId: "bookByPractice",
  tag: "Appointments",
  summary: "Book a patient from the practice (a patient on the phone)",
  description: `Any free start inside opening hours (not only the online grid), for an active motive of the practitioner whose agenda it is, at one of their practices. The patient is one of the practitioner's own patients (patientId: someone who had an appointment with them, or a record the practice created) or a new record without an account (newPatient), never anyone else. A confirmation mail goes to the patient when an address is known. Idempotent like patient booking. ${PRACTICE_SESSION_NOTE}`,
  session: true,
  headers: idempotencyKeyHeader(true),
  body: practiceBookingInputSchema,
  response: { status: 201, description: "Booked", schema: practiceAppointmentResponseSchema },
  errors: {
    400: "Idempotency-Key missing or malformed, or a body that is not JSON",
    403: "A secretary who only views this agenda",
    404: "Patient or practice not found (or another practice's)",
    409: { description: "SLOT_TAKEN, with the next free times", schema: slotTakenResponseSchema },
    422: "Invalid body (error.fields; motiveId when the motive is unknown or inactive), a time outside opening hours, in an absence or before today (SLOT_UNAVAILABLE), or a key already used for another body (IDEMPOTENCY_KEY_REUSED)",
  },
});
