import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type NewOutboxMail = {
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attachments: { filename: string; contentType: string; content: string }[];
  dedupeKey: string | null;
};

/** Inserts a mail; false when its dedupe key is already taken (the mail was queued before). */
export async function insertOutboxMail(
  tx: Prisma.TransactionClient,
  mail: NewOutboxMail,
): Promise<boolean> {
  return (await tx.$executeRaw(outboxMailInsert(mail))) === 1;
}

/**
 * The INSERT statement for a mail, for callers that write it together with their own
 * change in one statement (a data-modifying WITH), so both are written or neither.
 */
export function outboxMailInsert(mail: NewOutboxMail): Prisma.Sql {
  // ON CONFLICT DO NOTHING rather than catching P2002: a failed statement would abort the
  // caller's whole PostgreSQL transaction.
  return Prisma.sql`
    INSERT INTO outbox_mails (recipient, subject, text_body, html_body, attachments, dedupe_key)
    VALUES (${mail.recipient}, ${mail.subject}, ${mail.textBody}, ${mail.htmlBody},
            ${JSON.stringify(mail.attachments)}::jsonb, ${mail.dedupeKey})
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

// ---------------------------------------------------------------- delivery (the worker)

export type ClaimedMail = {
  id: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attachments: NewOutboxMail["attachments"];
  /** This claim's attempt number: it fences the later status update. */
  attempts: number;
};

type ClaimedRow = {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: NewOutboxMail["attachments"];
  attempts: number;
};

/**
 * Claims up to `limit` due mails for `leaseMs`, in one statement: FOR UPDATE SKIP LOCKED
 * hands each row to one worker only, and the lease (locked_until) lets another worker take
 * a mail back once a crashed worker's lease has run out. Claiming counts as an attempt, so
 * a mail that keeps crashing its worker is given up (FAILED) after `maxAttempts` claims.
 */
export async function claimDueMails(
  client: Prisma.TransactionClient,
  limit: number,
  leaseMs: number,
  maxAttempts: number,
): Promise<ClaimedMail[]> {
  const rows = await client.$queryRaw<ClaimedRow[]>`
    WITH abandoned AS (
      UPDATE outbox_mails SET status = 'FAILED', locked_until = NULL,
        last_error = 'the worker stopped during every delivery attempt'
      WHERE status = 'SENDING' AND locked_until < now() AND attempts >= ${maxAttempts}
    )
    UPDATE outbox_mails SET status = 'SENDING', attempts = attempts + 1,
      locked_until = now() + ${leaseMs} * interval '1 millisecond'
    WHERE id IN (
      SELECT id FROM outbox_mails
      WHERE (status = 'PENDING' AND send_after <= now())
         OR (status = 'SENDING' AND locked_until < now() AND attempts < ${maxAttempts})
      ORDER BY send_after
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, recipient, subject, text_body, html_body, attachments, attempts`;
  return rows.map((row) => ({
    id: row.id,
    recipient: row.recipient,
    subject: row.subject,
    textBody: row.text_body,
    htmlBody: row.html_body,
    attachments: row.attachments,
    attempts: Number(row.attempts),
  }));
}

/** Records a delivery; false when the claim was lost (lease expired and taken back). */
export async function markMailSent(
  client: Prisma.TransactionClient,
  claim: Pick<ClaimedMail, "id" | "attempts">,
): Promise<boolean> {
  const updated = await client.$executeRaw`
    UPDATE outbox_mails SET status = 'SENT', sent_at = now(), locked_until = NULL, last_error = NULL
    WHERE id = ${claim.id}::uuid AND status = 'SENDING' AND attempts = ${claim.attempts}`;
  return updated === 1;
}

/** Records a failure: back to PENDING after `retryInMs`, or FAILED when `retryInMs` is null. */
export async function markMailFailed(
  client: Prisma.TransactionClient,
  claim: Pick<ClaimedMail, "id" | "attempts">,
  failure: { summary: string; retryInMs: number | null },
): Promise<void> {
  const status = failure.retryInMs === null ? "FAILED" : "PENDING";
  await client.$executeRaw`
    UPDATE outbox_mails SET status = ${status}::"MailStatus", locked_until = NULL,
      last_error = ${failure.summary},
      send_after = now() + ${failure.retryInMs ?? 0} * interval '1 millisecond'
    WHERE id = ${claim.id}::uuid AND status = 'SENDING' AND attempts = ${claim.attempts}`;
}

/** Deletes sent or failed mails after `days`: their bodies are personal data kept no longer than needed. */
export function purgeFinishedMails(
  client: Prisma.TransactionClient,
  days: number,
): Promise<number> {
  return client.$executeRaw`
    DELETE FROM outbox_mails
    WHERE status IN ('SENT', 'FAILED') AND created_at < now() - ${days} * interval '1 day'`;
}

// ---------------------------------------------------------------- an address's mails (export, deletion)
// Compared with lower() rather than Prisma's case-insensitive mode, which uses ILIKE and would
// read "_" in an address as a wildcard; outbox_mails_recipient_lower_idx serves this expression.

export type MailToAddress = {
  subject: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
};

/** Every mail to the address, oldest first, without its body (a data export). */
export function listMailsTo(email: string): Promise<MailToAddress[]> {
  return db.$queryRaw<MailToAddress[]>`
    SELECT subject, status::text AS status, created_at AS "createdAt", sent_at AS "sentAt"
    FROM outbox_mails WHERE lower(recipient) = ${email.toLowerCase()}
    ORDER BY created_at, id`;
}

/**
 * Every mail to the address, sent or not (an account deletion): a queued one must not go out
 * afterwards, and a sent one still holds the address (and often the name) in its body.
 */
export async function deleteMailsTo(tx: Prisma.TransactionClient, email: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM outbox_mails WHERE lower(recipient) = ${email.toLowerCase()}`;
}
