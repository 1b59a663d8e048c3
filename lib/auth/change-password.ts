import "server-only";
import { db } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { confirmCurrentPassword } from "./current-password";
import { assertPasswordAllowed } from "./field-error";
import { passwordChangedMail } from "./mails";
import { openSession } from "./open-session";
import { hashPassword } from "./password";
import { deleteUserSessions, updatePasswordHash } from "./queries";
import type { CurrentSession } from "./session";

/**
 * Changes the password of the signed-in user, who proves it with the current one. Every
 * session ends (a thief's included), this one too: the browser gets a new session id, so an
 * id copied before the change is worth nothing after it. The address is told, in case it
 * was not them. Returns the new session id, for the caller to put in the cookie.
 */
export async function changePassword(
  session: CurrentSession,
  input: { currentPassword: string; newPassword: string },
  address: string,
): Promise<{ sessionId: string }> {
  const account = await confirmCurrentPassword(session.user.id, input.currentPassword, address);
  assertPasswordAllowed(input.newPassword, account.email, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await updatePasswordHash(tx, account.id, passwordHash);
    await deleteUserSessions(tx, account.id);
    await enqueueMail(tx, { to: account.email, ...passwordChangedMail(asLocale(account.locale)) });
    return { sessionId: await openSession(account.id, tx) };
  });
}
