import { z } from "zod";
import { defineOperation, errorResponseSchema } from "@/lib/openapi/operation";
import { appointmentIdParams, rescheduleAppointmentInputSchema } from "../schemas";
import {
  appointmentResponseSchema,
  idempotencyKeyHeader,
  slotTakenResponseSchema,
} from "./appointment-schemas";

export const rescheduleAppointmentOperation = defineOperation({
  method: "post",
  path: "/api/v1/appointments/{id}/reschedule",
  operationId: "rescheduleAppointment",
  tag: "Appointments",
  summary: "Move an appointment (same motive) in one transaction",
  description:
    "The new slot is booked and the old appointment cancelled together. With an Idempotency-Key, a retry of a move that succeeded gets the same answer (Idempotent-Replayed header); the same key with another slot gets 422.",
  session: true,
  params: appointmentIdParams,
  headers: idempotencyKeyHeader(false),
  body: rescheduleAppointmentInputSchema,
  response: {
    status: 201,
    description: "The new appointment; the old one is cancelled",
    schema: appointmentResponseSchema,
  },
  errors: {
    400: "Idempotency-Key malformed, or a body that is not JSON",
    404: "No such appointment, or another account's",
    409: {
      description: "SLOT_TAKEN (with the next free slots), CANCELLATION_TOO_LATE or CONFLICT",
      schema: z.union([slotTakenResponseSchema, errorResponseSchema]),
    },
    422: "Invalid body, slot not offered (SLOT_UNAVAILABLE) or a key already used for another request (IDEMPOTENCY_KEY_REUSED)",
  },
});
