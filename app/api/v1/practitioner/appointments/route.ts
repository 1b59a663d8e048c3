import { listPracticeAppointments } from "@/lib/agenda/list-practice-appointments";
import { agendaRangeQuerySchema } from "@/lib/agenda/schemas";
import { route } from "@/lib/http/route";

// GET /api/v1/practitioner/appointments?from&to[&practitionerId]: an agenda's appointments.
export const GET = route(
  { auth: ["PRACTITIONER", "SECRETARY"], query: agendaRangeQuerySchema },
  ({ user, query }) => listPracticeAppointments(user, query, new Date()),
);
