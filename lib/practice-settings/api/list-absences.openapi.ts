import { defineOperation } from "@/lib/openapi/operation";
import { practitionerQuerySchema } from "../schemas";
import { absenceListResponseSchema } from "./settings-schemas";

export const listAbsencesOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/absences",
  operationId: "listAbsences",
  tag: "Practice",
  summary: "Coming absences and blocked time of an agenda, with holiday suggestions",
  session: true,
  query: practitionerQuerySchema,
  response: { status: 200, description: "Absences", schema: absenceListResponseSchema },
  errors: { 403: "A secretary who may only view this agenda" },
});
