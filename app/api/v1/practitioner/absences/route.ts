import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createAbsence, listAbsences } from "@/lib/practice-settings/absences";
import { absenceInputSchema, practitionerQuerySchema } from "@/lib/practice-settings/schemas";

const STAFF = ["PRACTITIONER", "SECRETARY"] as const;

export const GET = route({ auth: STAFF, query: practitionerQuerySchema }, ({ user, query }) =>
  listAbsences(user, query.practitionerId),
);

// Room for a label far over its limit, so that it is refused as invalid (422), not as too large.
export const POST = route(
  { auth: STAFF, body: absenceInputSchema, maxBodyBytes: 64 * 1024 },
  async ({ user, body }) => jsonResponse(await createAbsence(user, body), { status: 201 }),
);
