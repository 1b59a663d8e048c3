import { ownPatientsQuerySchema } from "@/lib/agenda/schemas";
import { searchOwnPatients } from "@/lib/agenda/search-own-patients";
import { route } from "@/lib/http/route";

// GET /api/v1/practitioner/patients?q=: the agenda's own patients matching a name or birth date.
export const GET = route(
  { auth: ["PRACTITIONER", "SECRETARY"], query: ownPatientsQuerySchema },
  ({ user, query }) => searchOwnPatients(user, query, new Date()),
);
