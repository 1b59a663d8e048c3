import { defineOperation } from "@/lib/openapi/operation";
import { motiveListResponseSchema } from "./settings-schemas";

export const listMotivesOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/motives",
  operationId: "listPractitionerMotives",
  tag: "Practice",
  summary: "The signed-in practitioner's motives, active or not, in their order",
  session: true,
  response: { status: 200, description: "Motives", schema: motiveListResponseSchema },
  errors: { 403: "A secretary: settings are the practitioner's own" },
});
