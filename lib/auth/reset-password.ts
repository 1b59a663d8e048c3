import "server-only";
import { db } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { getRateLimitStore } from "@/lib/rate-limit/get-store";
import { clearSignInFailures } from "@/lib/rate-limit/lock-out";
import { RATE_RULES } from "@/lib/rate-limit/rules";
import { runOrDefer, type Defer } from "./defer";
import { assertPasswordAllowed } from "./field-error";
import { passwordChangedMail, passwordResetMail } from "./mails";
import { hashPassword } from "./password";
import {
  deleteUserSessions,
  findAccountByEmail,
  findAccountById,
  markEmailVerified,
  updatePasswordHash,
} from "./queries";
import { enforceRateLimits } from "./rate-guard";
import { sendTokenLink } from "./send-token-link";
import { consumeToken } from "./tokens";

/**
 * Mails a reset link when the address has an account; the caller answers the same anyway.
 * Only the rate limits run before the answer when `defer` is given (Next's `after`): the
 * lookup and the mail happen once the response is sent, so its timing cannot tell whether
 * the account exists.
 */
export async function requestPasswordReset(
  email: string,
  address: string,
  defer?: Defer,
): Promise<void> {
  await enforceRateLimits([
    [RATE_RULES.resetPerAddress, address],
    [RATE_RULES.resetPerEmail, email],
  ]);
  await runOrDefer(() => mailResetLink(email), defer);
}

async function mailResetLink(email: string): Promise<void> {
  const account = await findAccountByEmail(email);
  if (!account) return;
  await db.$transaction((tx) =>
    sendTokenLink(
      tx,
      { purpose: "reset-password", userId: account.id, to: account.email },
      (token) => passwordResetMail(asLocale(account.locale), token),
    ),
  );
}

/**
 * Sets a password from a mailed link: a reset, or an invitation's first password. Using the
 * link proves the address, so it also confirms it; every open session ends. False for a
 * dead link. A refused password leaves the link usable (the transaction rolls back).
 */
export async function setPasswordWithToken(
  purpose: "reset-password" | "invite",
  rawToken: string,
  password: string,
): Promise<boolean> {
  const email = await db.$transaction(async (tx) => {
    const token = await consumeToken(tx, purpose, rawToken);
    const account = token && (await findAccountById(token.userId, tx));
    if (!account) return null;
    assertPasswordAllowed(password, account.email, "password");
    await updatePasswordHash(tx, account.id, await hashPassword(password));
    await markEmailVerified(tx, account.id);
    await deleteUserSessions(tx, account.id);
    if (purpose === "reset-password") {
      await enqueueMail(tx, {
        to: account.email,
        ...passwordChangedMail(asLocale(account.locale)),
      });
    }
    return account.email;
  });
  if (email === null) return false;
  // Proof of the mailbox lifts a lock-out: the owner can sign in at once.
  await clearSignInFailures(await getRateLimitStore(), email);
  return true;
}
