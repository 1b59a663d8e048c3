import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { changeGrantLevelSchema, grantLevelSchema, secretaryParams } from "../schemas";

export const changedGrantResponseSchema = z.strictObject({
  userId: z.uuid(),
  level: grantLevelSchema,
});

export const changeSecretaryOperation = defineOperation({
  method: "patch",
  path: "/api/v1/practitioner/secretaries/{userId}",
  operationId: "changeSecretaryAccess",
  tag: "Practice",
  summary: "Change a secretary's access level",
  session: true,
  params: secretaryParams,
  body: changeGrantLevelSchema,
  response: { status: 200, description: "Changed", schema: changedGrantResponseSchema },
  errors: { 404: "No such grant on this practitioner's agenda" },
});
