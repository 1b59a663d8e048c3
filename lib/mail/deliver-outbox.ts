import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimDueMails, markMailFailed, markMailSent, type ClaimedMail } from "./queries";
import {
  DEFAULT_RETRY_POLICY,
  describeFailure,
  isRetryable,
  retryDelayMs,
  type RetryPolicy,
} from "./retry-policy";
import type { MailTransport } from "./smtp-transport";

export type DeliveryOptions = {
  client: Prisma.TransactionClient;
  transport: MailTransport;
  /** The From header, e.g. "Praxis <no-reply@praxis.fr>". */
  from: string;
  batchSize?: number;
  /** How long a claim lasts; far above the transport's timeouts. */
  leaseMs?: number;
  retry?: RetryPolicy;
};

export type DeliveryReport = { claimed: number; sent: number; retried: number; failed: number };

// Delivery is at least once, with a narrow window: a worker that dies after the SMTP server
// accepted a mail but before markMailSent ran leaves the mail SENDING; once the lease runs
// out another worker sends it again. The Message-ID is derived from the outbox id, so such
// a duplicate carries the same Message-ID and mail clients and servers can recognise it.
// Two live workers never send one mail twice: a claim is exclusive and outlives every
// timeout of the transport.

function messageIdFor(mailId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "praxis.localhost";
  return `<${mailId}@${domain}>`;
}

async function deliverOne(
  mail: ClaimedMail,
  options: DeliveryOptions,
): Promise<"sent" | "retried" | "failed"> {
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  try {
    await options.transport.send({
      from: options.from,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody ?? undefined,
      messageId: messageIdFor(mail.id, options.from),
      attachments: mail.attachments,
    });
  } catch (error) {
    const failure = describeFailure(error);
    const giveUp = !isRetryable(failure) || mail.attempts >= retry.maxAttempts;
    await markMailFailed(options.client, mail, {
      summary: failure.summary,
      retryInMs: giveUp ? null : retryDelayMs(mail.attempts, retry),
    });
    return giveUp ? "failed" : "retried";
  }
  await markMailSent(options.client, mail);
  return "sent";
}

/** Claims one batch of due mails and sends them, one after the other. */
export async function deliverDueMails(options: DeliveryOptions): Promise<DeliveryReport> {
  const claimed = await claimDueMails(
    options.client,
    options.batchSize ?? 20,
    options.leaseMs ?? 120_000,
    (options.retry ?? DEFAULT_RETRY_POLICY).maxAttempts,
  );
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
  for (const mail of claimed) report[await deliverOne(mail, options)] += 1;
  return report;
}
