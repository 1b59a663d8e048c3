import { defineOperation } from "@/lib/openapi/operation";
import { absenceIdParams, practitionerQuerySchema } from "../schemas";
import { deletedResponseSchema } from "./settings-schemas";

export const deleteAbsenceOperation = defineOperation({
  method: "delete",
  path: "/api/v1/practitioner/absences/{id}",
  operationId: "deleteAbsence",
  tag: "Practice",
  summary: "Remove an absence: its online slots open again",
  session: true,
  params: absenceIdParams,
  query: practitionerQuerySchema,
  response: { status: 200, description: "Removed", schema: deletedResponseSchema },
  errors: {
    403: "A secretary who may only view this agenda",
    404: "No such absence in this agenda",
  },
});
