import { defineOperation } from "@/lib/openapi/operation";
import { motiveInputSchema } from "../schemas";
import { motiveResponseSchema } from "./settings-schemas";

export const createMotiveOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/motives",
  operationId: "createPractitionerMotive",
  tag: "Practice",
  summary: "Add a motive, last in the list",
  session: true,
  body: motiveInputSchema,
  response: { status: 201, description: "Created", schema: motiveResponseSchema },
  errors: { 403: "A secretary: settings are the practitioner's own" },
});
