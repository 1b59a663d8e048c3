import { z } from "zod";
import { defineOperation, errorResponseSchema } from "@/lib/openapi/operation";
import { idempotencyKeyHeader, slotTakenResponseSchema } from "../../api/appointment-schemas";
import { practiceAppointmentIdParams, practiceMoveInputSchema } from "../schemas";
import { PRACTICE_SESSION_NOTE, practiceAppointmentResponseSchema } from "./practice-schemas";

export const moveByPracticeOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/appointments/{id}/move",
  operationId: "moveByPractice",
  tag: "Appointments",
  summary: "Move a booked appointment to any free time inside opening hours",
  description: `The new appointment is booked and the old one cancelled in one transaction (same motive); the patient gets a neutral mail. With an Idempotency-Key, a retry of a move that succeeded gets the same answer (Idempotent-Replayed header). ${PRACTICE_SESSION_NOTE}`,
  session: true,
  params: practiceAppointmentIdParams,
  headers: idempotencyKeyHeader(false),
  body: practiceMoveInputSchema,
  response: {
    status: 201,
    description: "The new appointment; the old one is cancelled",
    schema: practiceAppointmentResponseSchema,
  },
  errors: {
    400: "Idempotency-Key malformed, or a body that is not JSON",
    403: "A secretary who only views this agenda",
    404: "No such appointment in the actor's agendas",
    409: {
      description:
        "SLOT_TAKEN (with the next free times), or CONFLICT when it is not booked any more",
      schema: z.union([slotTakenResponseSchema, errorResponseSchema]),
    },
    422: "Invalid body, or a time outside opening hours, in an absence or before today (SLOT_UNAVAILABLE)",
  },
});
