import { defineOperation } from "@/lib/openapi/operation";
import { motiveIdParams, motivePatchSchema } from "../schemas";
import { motiveResponseSchema } from "./settings-schemas";

export const changeMotiveOperation = defineOperation({
  method: "patch",
  path: "/api/v1/practitioner/motives/{id}",
  operationId: "changePractitionerMotive",
  tag: "Practice",
  summary: "Change, reorder (position) or deactivate (active: false) a motive",
  description: "Motives are never deleted: appointments keep pointing at them.",
  session: true,
  params: motiveIdParams,
  body: motivePatchSchema,
  response: { status: 200, description: "Changed", schema: motiveResponseSchema },
  errors: {
    403: "A secretary: settings are the practitioner's own",
    404: "No such motive, or another practitioner's",
  },
});
