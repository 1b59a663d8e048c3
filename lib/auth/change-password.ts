import "server-only";
import { db } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { confirmCurrentPassword } from "./current-password";
import { assertPasswordAllowed } from "./field-error";
import { passwordChangedMail } from "./mails";
import { hashPassword } from "./password";
import { deleteUserSessions, updatePasswordHash } from "./queries";
import type { CurrentSession } from "./session";

/**
 * Changes the password of the signed-in user, who proves it with the current one. Every
 * other session ends (a thief's included); the address is told, in case it was not them.
 */
export async function changePassword(
  session: CurrentSession,
  input: { currentPassword: string; newPassword: string },
  address: string,
): Promise<void> {
  const account = await confirmCurrentPassword(session.user.id, input.currentPassword, address);
  assertPasswordAllowed(input.newPassword, account.email, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await updatePasswordHash(tx, account.id, passwordHash);
    await deleteUserSessions(tx, account.id, session.key);
    await enqueueMail(tx, { to: account.email, ...passwordChangedMail(asLocale(account.locale)) });
  });
}
