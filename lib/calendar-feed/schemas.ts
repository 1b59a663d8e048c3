import { z } from "zod";

export const feedUrlResponseSchema = z.strictObject({
  url: z
    .url()
    .describe(
      "The private subscription URL (/agenda/{token}.ics). Shown once: only its hash is kept, so a lost URL is replaced by rotating.",
    ),
});

export const feedRevokedResponseSchema = z.strictObject({
  revoked: z.literal(true).describe("The feed is gone: its URL answers 404 from now on"),
});

export const feedInitialsSchema = z.strictObject({
  showInitials: z
    .stringbool()
    .describe("Whether events carry the patient's initials (never their name)"),
});
