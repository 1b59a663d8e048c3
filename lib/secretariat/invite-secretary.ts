import "server-only";
import { sendTokenLink } from "@/lib/auth/send-token-link";
import type { Actor } from "@/lib/auth/session";
import { AppError, fieldError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { grantNoticeMail, secretaryInvitationMail } from "./mails";
import { invitationOutcome, levelToDatabase } from "./policy";
import {
  createSecretaryAccount,
  findAccountByEmail,
  findUserLocale,
  insertGrant,
  transaction,
} from "./queries";
import type { InviteSecretary } from "./schemas";

export type InvitationResult = { userId: string; invited: boolean };

/**
 * Gives a secretary access to the actor's own agenda, in one transaction with its mail. A
 * new address becomes a SECRETARY account, invited through the same single-use link and
 * set-password page as a practitioner, in the inviter's language; an existing secretary
 * gets the grant and a notice (or a fresh invitation while they have no password yet).
 * Another kind of account is refused without saying which kind it is.
 */
export async function inviteSecretary(
  actor: Actor,
  input: InviteSecretary,
): Promise<InvitationResult> {
  const calendar = await requireCalendar(actor, "settings");
  const practitioner = practitionerName(calendar);
  const inviterLocale = asLocale(await findUserLocale(actor.id));
  return transaction(async (tx) => {
    const existing = await findAccountByEmail(tx, input.email);
    const outcome = invitationOutcome(existing);
    if (outcome === "refuse") throw fieldError("email", "secretariat.errors.emailUnavailable");
    const account = existing
      ? { id: existing.id, locale: asLocale(existing.locale), hasPassword: !!existing.passwordHash }
      : {
          id: await createSecretaryAccount(tx, input.email, inviterLocale),
          locale: inviterLocale,
          hasPassword: false,
        };
    const granted = await insertGrant(tx, {
      practitionerId: calendar.practitionerId,
      userId: account.id,
      level: levelToDatabase(input.level),
    });
    if (!granted) {
      throw new AppError("CONFLICT", { messageKey: "secretariat.errors.alreadyGranted" });
    }
    if (account.hasPassword) {
      await enqueueMail(tx, { to: input.email, ...grantNoticeMail(account.locale, practitioner) });
    } else {
      await sendTokenLink(tx, { purpose: "invite", userId: account.id, to: input.email }, (token) =>
        secretaryInvitationMail(account.locale, token, practitioner),
      );
    }
    return { userId: account.id, invited: !account.hasPassword };
  });
}
