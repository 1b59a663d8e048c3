import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { inviteSecretarySchema } from "../schemas";

export const invitationResponseSchema = z.strictObject({
  userId: z.uuid().describe("The secretary's account id"),
  invited: z
    .boolean()
    .describe("True when an invitation link was mailed (no password yet); false for a notice"),
});

export const inviteSecretaryOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/secretaries",
  operationId: "inviteSecretary",
  tag: "Practice",
  summary: "Give a secretary access to the practitioner's agenda, inviting a new address",
  description:
    "A new address becomes a secretary account and receives a single-use link to choose a password; an existing secretary account receives the grant and a notice. An address that belongs to any other kind of account is refused (422) without saying which.",
  session: true,
  body: inviteSecretarySchema,
  response: { status: 201, description: "Access given", schema: invitationResponseSchema },
  errors: {
    404: "Not a practitioner account",
    409: "CONFLICT: this secretary already has access",
  },
});
