import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import type { MailContent } from "@/lib/mail/render-mail";
import { issueToken, type TokenPurpose } from "./tokens";

/**
 * Issues a single-use link and queues the mail carrying it, both in the caller's
 * transaction: a link is never stored without its mail, nor mailed without being stored.
 */
export async function sendTokenLink(
  tx: Prisma.TransactionClient,
  link: { purpose: TokenPurpose; userId: string; to: string; data?: Prisma.InputJsonValue },
  mailFor: (token: string) => MailContent,
): Promise<void> {
  const token = await issueToken(tx, {
    purpose: link.purpose,
    userId: link.userId,
    data: link.data,
  });
  await enqueueMail(tx, { to: link.to, ...mailFor(token) });
}
