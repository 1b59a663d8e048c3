import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";

// What the practitioner's secretariat forms and API accept. Levels are lower-case words in
// forms and JSON; the database enum is CalendarGrantLevel (MANAGE, VIEW).

export const GRANT_LEVELS = ["manage", "view"] as const;
export type GrantLevel = (typeof GRANT_LEVELS)[number];

export const grantLevelSchema = z
  .enum(GRANT_LEVELS, { error: "secretariat.errors.level" })
  .describe("manage: book, move, cancel and mark appointments; view: read the agenda only");

export const inviteSecretarySchema = z.object({
  email: emailSchema.describe("The secretary's address: a new account is invited by mail"),
  level: grantLevelSchema,
});
export type InviteSecretary = z.output<typeof inviteSecretarySchema>;

export const changeGrantLevelSchema = z.object({ level: grantLevelSchema });

export const secretaryParams = z.object({
  userId: z.uuid().describe("The secretary's account id, from the list of grants"),
});

export const grantViewSchema = z.strictObject({
  userId: z.uuid(),
  email: z.string(),
  level: grantLevelSchema,
  pending: z.boolean().describe("Invited, but no password chosen yet"),
  grantedAt: z.iso.datetime(),
});
