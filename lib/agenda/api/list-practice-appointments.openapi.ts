import { defineOperation } from "@/lib/openapi/operation";
import { agendaRangeQuerySchema, MAX_AGENDA_RANGE_DAYS } from "../schemas";
import { practiceAppointmentsResponseSchema } from "./agenda-schemas";

export const listPracticeAppointmentsOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/appointments",
  operationId: "listPracticeAppointments",
  tag: "Practice",
  summary: "The appointments of an agenda between two days",
  description: `Days of the practitioner's calendar, both included, at most ${MAX_AGENDA_RANGE_DAYS} apart. Each patient listed is recorded in their access log (once a day).`,
  session: true,
  query: agendaRangeQuerySchema,
  response: {
    status: 200,
    description: "The appointments",
    schema: practiceAppointmentsResponseSchema,
  },
});
