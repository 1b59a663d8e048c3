import { defineOperation } from "@/lib/openapi/operation";
import { practiceAppointmentIdParams, practiceCancelInputSchema } from "../schemas";
import { PRACTICE_SESSION_NOTE, practiceAppointmentResponseSchema } from "./practice-schemas";

export const cancelByPracticeOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/appointments/{id}/cancel",
  operationId: "cancelByPractice",
  tag: "Appointments",
  summary: "Cancel a booked appointment, with an optional message to the patient",
  description: `Whatever the online deadline. The patient gets the cancellation mail with the message as plain text, and sees "cancelled by the practice". ${PRACTICE_SESSION_NOTE}`,
  session: true,
  params: practiceAppointmentIdParams,
  body: practiceCancelInputSchema,
  response: {
    status: 200,
    description: "The cancelled appointment",
    schema: practiceAppointmentResponseSchema,
  },
  errors: {
    403: "A secretary who only views this agenda",
    404: "No such appointment in the actor's agendas",
    409: "CONFLICT: not booked any more (cancelled, moved or marked)",
  },
});
