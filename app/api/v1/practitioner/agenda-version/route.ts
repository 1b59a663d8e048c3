import { getAgendaVersion } from "@/lib/agenda/get-agenda-version";
import { agendaRangeQuerySchema } from "@/lib/agenda/schemas";
import { route } from "@/lib/http/route";

// GET /api/v1/practitioner/agenda-version?from&to[&practitionerId]: polled by an open agenda.
export const GET = route(
  { auth: ["PRACTITIONER", "SECRETARY"], query: agendaRangeQuerySchema },
  ({ user, query }) => getAgendaVersion(user, query),
);
