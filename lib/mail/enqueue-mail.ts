import "server-only";
import { z } from "zod";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/limits";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertOutboxMail, type NewOutboxMail } from "./queries";
import { subjectProblem } from "./subject-policy";

// Every mail goes through the outbox, written in the transaction of the change it reports:
// a rolled-back change sends nothing, a committed one is sent by the worker even if this
// process dies right after (npm run worker, or npm start).

const attachmentSchema = z.object({
  filename: z.string().min(1).max(200),
  contentType: z.string().min(1).max(200),
  // Base64, as stored in outbox_mails.attachments.
  content: z.base64(),
});

const mailSchema = z.object({
  to: z
    .email()
    .max(EMAIL_MAX_LENGTH)
    .transform((email) => email.toLowerCase()),
  subject: z.string().superRefine((subject, context) => {
    const problem = subjectProblem(subject);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }),
  text: z.string().min(1),
  html: z.string().min(1).optional(),
  attachments: z.array(attachmentSchema).max(10).default([]),
  // Makes enqueueing idempotent: a second mail with the same key is not stored.
  dedupeKey: z.string().min(1).max(200).optional(),
});

export type MailInput = z.input<typeof mailSchema>;

/**
 * Queues a mail in the caller's transaction. Throws on an invalid mail (a programming
 * error: a health term in the subject, a malformed address), so the transaction rolls back.
 * Returns false when a mail with the same dedupeKey was already queued.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: MailInput): Promise<boolean> {
  return insertOutboxMail(tx, checkedMail(mail));
}

/** The mail as the outbox stores it; throws on an invalid one, as enqueueMail does. */
export function checkedMail(mail: MailInput): NewOutboxMail {
  const parsed = mailSchema.parse(mail);
  return {
    recipient: parsed.to,
    subject: parsed.subject,
    textBody: parsed.text,
    htmlBody: parsed.html ?? null,
    attachments: parsed.attachments,
    dedupeKey: parsed.dedupeKey ?? null,
  };
}
