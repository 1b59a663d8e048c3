import "server-only";
import { db } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { RATE_RULES } from "@/lib/rate-limit/rules";
import { runOrDefer, type Defer } from "./defer";
import { verificationMail } from "./mails";
import { findAccountByEmail, markEmailVerified } from "./queries";
import { enforceRateLimits } from "./rate-guard";
import { sendTokenLink } from "./send-token-link";
import { consumeToken } from "./tokens";

/** Confirms the address a verification link was sent to; false for a dead link. */
export function verifyEmail(rawToken: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const token = await consumeToken(tx, "verify-email", rawToken);
    if (!token) return false;
    await markEmailVerified(tx, token.userId);
    return true;
  });
}

/**
 * Sends a fresh verification link when the address belongs to an unconfirmed account.
 * The caller answers the same in every case, and with `defer` the lookup runs after the
 * answer (see requestPasswordReset), so nothing tells whether it does.
 */
export async function resendVerification(
  email: string,
  address: string,
  defer?: Defer,
): Promise<void> {
  await enforceRateLimits([
    [RATE_RULES.resendPerAddress, address],
    [RATE_RULES.resendPerEmail, email],
  ]);
  await runOrDefer(() => mailVerificationLink(email), defer);
}

async function mailVerificationLink(email: string): Promise<void> {
  const account = await findAccountByEmail(email);
  if (!account || account.emailVerified !== null) return;
  await db.$transaction((tx) =>
    sendTokenLink(tx, { purpose: "verify-email", userId: account.id, to: account.email }, (token) =>
      verificationMail(asLocale(account.locale), token),
    ),
  );
}
