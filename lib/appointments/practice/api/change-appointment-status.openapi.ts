import { defineOperation } from "@/lib/openapi/operation";
import { practiceAppointmentIdParams, statusChangeInputSchema } from "../schemas";
import { PRACTICE_SESSION_NOTE, practiceAppointmentResponseSchema } from "./practice-schemas";

export const changeAppointmentStatusOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/appointments/{id}/status",
  operationId: "changeAppointmentStatus",
  tag: "Appointments",
  summary: "Mark an appointment arrived, seen or missed, or undo a mark the same day",
  description: `BOOKED → ARRIVED → COMPLETED, or NO_SHOW (excused or not), from the appointment's day on; BOOKED undoes a mark made the same day (practitioner's zone). Who and when are recorded. ${PRACTICE_SESSION_NOTE}`,
  session: true,
  params: practiceAppointmentIdParams,
  body: statusChangeInputSchema,
  response: {
    status: 200,
    description: "The appointment with its new status",
    schema: practiceAppointmentResponseSchema,
  },
  errors: {
    403: "A secretary who only views this agenda",
    404: "No such appointment in the actor's agendas",
    409: "CONFLICT: cancelled, not yet its day, a change the status does not allow, an undo on a later day, or changed meanwhile",
  },
});
