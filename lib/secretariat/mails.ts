import "server-only";
import { invitationLink } from "@/lib/auth/mails";
import { linkLifetime } from "@/lib/auth/tokens";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl, renderMail, type MailContent } from "@/lib/mail/render-mail";

// The mails a secretary receives when a practitioner gives them access. Subjects are neutral
// (no name, no title: subjects show on lock screens and in mail-server logs); the body names
// the practitioner, so the secretary knows whose agenda it is. renderMail escapes it.

export function secretaryInvitationMail(
  locale: Locale,
  token: string,
  practitioner: string,
): MailContent {
  const t = translatorFor(locale);
  return renderMail(locale, {
    subject: t("secretariat.mail.invitationSubject"),
    paragraphs: [t("secretariat.mail.invitationBody", { practitioner })],
    action: { label: t("secretariat.mail.invitationAction"), url: invitationLink(locale, token) },
    notes: [
      t("secretariat.mail.validity", { lifetime: linkLifetime("invite", locale) }),
      t("secretariat.mail.notExpected"),
    ],
  });
}

export function grantNoticeMail(locale: Locale, practitioner: string): MailContent {
  const t = translatorFor(locale);
  return renderMail(locale, {
    subject: t("secretariat.mail.grantSubject"),
    paragraphs: [t("secretariat.mail.grantBody", { practitioner })],
    action: {
      label: t("secretariat.mail.grantAction"),
      url: appUrl(localizePath(locale, "/espace-praticien")),
    },
  });
}
