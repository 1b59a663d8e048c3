import { defineOperation } from "@/lib/openapi/operation";
import { agendaRangeQuerySchema } from "../schemas";
import { agendaVersionResponseSchema } from "./agenda-schemas";

export const getAgendaVersionOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/agenda-version",
  operationId: "getAgendaVersion",
  tag: "Practice",
  summary: "A fingerprint of an agenda between two days, to poll for changes",
  session: true,
  query: agendaRangeQuerySchema,
  response: { status: 200, description: "The fingerprint", schema: agendaVersionResponseSchema },
});
