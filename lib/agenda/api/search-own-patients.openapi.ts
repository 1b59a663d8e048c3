import { defineOperation } from "@/lib/openapi/operation";
import { ownPatientsQuerySchema } from "../schemas";
import { ownPatientsResponseSchema } from "./agenda-schemas";

export const searchOwnPatientsOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/patients",
  operationId: "searchOwnPatients",
  tag: "Practice",
  summary: "The agenda's own patients matching a name or a birth date",
  description:
    "Only patients with an appointment with this practitioner or created by the practice: never a directory of the platform's patients. Each patient listed is recorded in their access log (once a day).",
  session: true,
  query: ownPatientsQuerySchema,
  response: {
    status: 200,
    description: "The matching patients",
    schema: ownPatientsResponseSchema,
  },
});
