import { route } from "@/lib/http/route";
import { deleteAbsence } from "@/lib/practice-settings/absences";
import { absenceIdParams, practitionerQuerySchema } from "@/lib/practice-settings/schemas";

export const DELETE = route(
  { auth: ["PRACTITIONER", "SECRETARY"], params: absenceIdParams, query: practitionerQuerySchema },
  async ({ user, params, query }) => {
    await deleteAbsence(user, params.id, query.practitionerId);
    return { deleted: true as const };
  },
);
