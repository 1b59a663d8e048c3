import "server-only";
import { sendTokenLink } from "@/lib/auth/send-token-link";
import type { Locale } from "@/lib/i18n/locales";
import { invitationMail } from "./invitation-mail";

type Tx = Parameters<typeof sendTokenLink>[0];

// A fresh single-use link to set a password (it replaces any earlier one), mailed through
// the outbox in the caller's transaction: no account without its invitation, and no
// invitation for an account that was not created.
export async function sendInvitation(
  tx: Tx,
  invitee: { userId: string; email: string; locale: Locale },
): Promise<void> {
  await sendTokenLink(
    tx,
    { purpose: "invite", userId: invitee.userId, to: invitee.email },
    (token) => invitationMail(invitee.locale, token),
  );
}
