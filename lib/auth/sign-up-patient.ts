import "server-only";
import { db } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { RATE_RULES } from "@/lib/rate-limit/rules";
import { runOrDefer, type Defer } from "./defer";
import { assertPasswordAllowed } from "./field-error";
import { alreadyRegisteredMail, verificationMail } from "./mails";
import { hashPassword, spendHashTime } from "./password";
import { findAccountByEmail, insertPatientAccount } from "./queries";
import { enforceRateLimits } from "./rate-guard";
import type { SignUpInput } from "./schemas";
import { sendTokenLink } from "./send-token-link";

/**
 * Creates a patient account (user + own patient profile, unverified) and mails a link to
 * confirm the address. For an address that already has an account, the answer is the same
 * while the mail says "you already have an account" (or re-sends the confirmation link when
 * it was never confirmed): nobody learns from the form which addresses are registered.
 * Only validation and rate limits run before the answer when `defer` is given (Next's
 * `after`), so its timing cannot tell either: creating an account costs more queries.
 */
export async function signUpPatient(
  input: SignUpInput,
  address: string,
  defer?: Defer,
): Promise<void> {
  assertPasswordAllowed(input.password, input.email, "password");
  await enforceSignUpLimits(input.email, address);
  await runOrDefer(() => createAccountOrRemind(input), defer);
}

async function createAccountOrRemind(input: SignUpInput): Promise<void> {
  const existing = await findAccountByEmail(input.email);
  if (existing) {
    await spendHashTime(input.password);
    await db.$transaction(async (tx) => {
      if (existing.emailVerified !== null) {
        const locale = asLocale(existing.locale);
        await enqueueMail(tx, { to: existing.email, ...alreadyRegisteredMail(locale) });
        return;
      }
      await sendTokenLink(
        tx,
        { purpose: "verify-email", userId: existing.id, to: existing.email },
        (token) => verificationMail(asLocale(existing.locale), token),
      );
    });
    return;
  }

  const passwordHash = await hashPassword(input.password);
  await db
    .$transaction(async (tx) => {
      const user = await insertPatientAccount(tx, { ...input, passwordHash });
      await sendTokenLink(
        tx,
        { purpose: "verify-email", userId: user.id, to: input.email },
        (token) => verificationMail(input.locale, token),
      );
    })
    .catch((error: unknown) => {
      // Two sign-ups for one address at the same moment: the other one created the account
      // and mailed its owner; answering as usual reveals nothing.
      if ((error as { code?: string }).code !== "P2002") throw error;
    });
}

function enforceSignUpLimits(email: string, address: string): Promise<void> {
  return enforceRateLimits([
    [RATE_RULES.signUpPerAddress, address],
    [RATE_RULES.signUpPerEmail, email],
  ]);
}
