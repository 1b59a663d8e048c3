import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { secretaryParams } from "../schemas";

export const revokedGrantResponseSchema = z.strictObject({
  revoked: z.literal(true).describe("The secretary's next request no longer reaches this agenda"),
});

export const revokeSecretaryOperation = defineOperation({
  method: "delete",
  path: "/api/v1/practitioner/secretaries/{userId}",
  operationId: "revokeSecretary",
  tag: "Practice",
  summary: "Remove a secretary's access (takes effect on their next request)",
  session: true,
  params: secretaryParams,
  response: { status: 200, description: "Removed", schema: revokedGrantResponseSchema },
  errors: { 404: "No such grant on this practitioner's agenda" },
});
