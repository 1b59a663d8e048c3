import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { RATE_RULES } from "@/lib/rate-limit/rules";
import { confirmCurrentPassword } from "./current-password";
import { emailAlreadyUsedMail, emailChangedNotice, emailChangeMail } from "./mails";
import { findAccountByEmail, replaceEmail } from "./queries";
import { enforceRateLimits } from "./rate-guard";
import { sendTokenLink } from "./send-token-link";
import type { CurrentSession } from "./session";
import { consumeToken } from "./tokens";

/**
 * Starts an email change: the signed-in user proves it is them with their password, then
 * the new address gets a confirmation link; nothing changes until it is used. When the new
 * address already has an account, its owner is told instead, and the user sees the same
 * answer (no enumeration through this form either).
 */
export async function requestEmailChange(
  session: CurrentSession,
  input: { newEmail: string; currentPassword: string },
  address: string,
): Promise<void> {
  await enforceRateLimits([[RATE_RULES.emailChangePerAccount, session.user.id]]);
  const account = await confirmCurrentPassword(session.user.id, input.currentPassword, address);
  if (input.newEmail === account.email) {
    throw fieldError("newEmail", "auth.errors.sameEmail");
  }
  const taken = await findAccountByEmail(input.newEmail);
  const locale = asLocale(account.locale);
  await db.$transaction(async (tx) => {
    if (taken) {
      // Whoever asked reads this mail's language: the address's owner may read another.
      await enqueueMail(tx, { to: input.newEmail, ...emailAlreadyUsedMail(locale) });
      return;
    }
    await sendTokenLink(
      tx,
      {
        purpose: "change-email",
        userId: account.id,
        to: input.newEmail,
        data: { newEmail: input.newEmail },
      },
      (token) => emailChangeMail(locale, token),
    );
  });
}

const changeDataSchema = z.object({ newEmail: z.email() });

export type EmailChangeResult = "changed" | "invalid-link" | "address-taken";

/** Moves the account to the address the link was sent to, and tells the old address. */
export async function confirmEmailChange(rawToken: string): Promise<EmailChangeResult> {
  try {
    return await db.$transaction(async (tx) => {
      const token = await consumeToken(tx, "change-email", rawToken);
      const data = changeDataSchema.safeParse(token?.data);
      if (!token || !data.success) return "invalid-link";
      const previous = await replaceEmail(tx, token.userId, data.data.newEmail);
      await enqueueMail(tx, {
        to: previous.email,
        ...emailChangedNotice(asLocale(previous.locale)),
      });
      return "changed";
    });
  } catch (error) {
    // Someone registered the address after the link was sent: the transaction rolled back.
    if ((error as { code?: string }).code === "P2002") return "address-taken";
    throw error;
  }
}
