import "server-only";
import { issueToken } from "@/lib/auth/tokens";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { INVITATION_TTL_MINUTES, invitationMail } from "./invitation-mail";

type Tx = Parameters<typeof issueToken>[0];

// A fresh single-use link to set a password (it replaces any earlier one), mailed through
// the outbox in the caller's transaction: no account without its invitation, and no
// invitation for an account that was not created.
export async function sendInvitation(
  tx: Tx,
  invitee: { userId: string; email: string },
): Promise<void> {
  const token = await issueToken(tx, {
    purpose: "invite",
    userId: invitee.userId,
    ttlMinutes: INVITATION_TTL_MINUTES,
  });
  await enqueueMail(tx, { to: invitee.email, ...invitationMail(token) });
}
