import "server-only";
import { invitationLink } from "@/lib/auth/mails";
import { linkLifetime } from "@/lib/auth/tokens";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { renderMail, type MailContent } from "@/lib/mail/render-mail";

// The invitation a new practitioner receives, in the language of their account. Like every
// Praxis mail, its subject names no title or specialty: subjects show on lock screens and
// in mail-server logs.

export function invitationMail(locale: Locale, token: string): MailContent {
  const t = translatorFor(locale);
  return renderMail(locale, {
    subject: t("mail.invitation.subject"),
    paragraphs: [t("mail.invitation.body")],
    action: { label: t("mail.invitation.action"), url: invitationLink(locale, token) },
    notes: [
      t("mail.invitation.validity", { lifetime: linkLifetime("invite", locale) }),
      t("mail.invitation.notExpected"),
    ],
  });
}
