import "server-only";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl, renderMail, type MailContent } from "@/lib/mail/render-mail";
import { linkLifetime, type TokenPurpose } from "./tokens";

// The account mails, in the account holder's language. Subjects stay neutral (no health
// term, no name).

const link = (path: string, token: string) =>
  appUrl(`${path}?${new URLSearchParams({ jeton: token })}`);

/** The link of an invitation mail: the set-password page, in the invitee's language. */
export function invitationLink(locale: Locale, token: string): string {
  return link(localizePath(locale, "/definir-mot-de-passe"), token);
}

function wordsFor(locale: Locale) {
  const t = translatorFor(locale);
  return {
    t,
    notYou: t("mail.account.notYou"),
    linkValidity: (purpose: TokenPurpose) =>
      t("mail.account.linkValidity", { lifetime: linkLifetime(purpose, locale) }),
    localUrl: (path: string) => appUrl(localizePath(locale, path)),
    localLink: (path: string, token: string) => link(localizePath(locale, path), token),
  };
}

export function verificationMail(locale: Locale, token: string): MailContent {
  const { t, notYou, linkValidity, localLink } = wordsFor(locale);
  return renderMail(locale, {
    subject: t("mail.account.verification.subject"),
    paragraphs: [t("mail.account.verification.body")],
    action: {
      label: t("mail.account.verification.action"),
      url: localLink("/verifier-email", token),
    },
    notes: [linkValidity("verify-email"), notYou],
  });
}

export function alreadyRegisteredMail(locale: Locale): MailContent {
  const { t, notYou, localUrl } = wordsFor(locale);
  return renderMail(locale, {
    subject: t("mail.account.alreadyRegistered.subject"),
    paragraphs: [
      t("mail.account.alreadyRegistered.body"),
      t("mail.account.alreadyRegistered.advice"),
    ],
    action: { label: t("mail.account.chooseNewPassword"), url: localUrl("/mot-de-passe-oublie") },
    notes: [notYou],
  });
}

export function passwordResetMail(locale: Locale, token: string): MailContent {
  const { t, notYou, linkValidity, localLink } = wordsFor(locale);
  return renderMail(locale, {
    subject: t("mail.account.passwordReset.subject"),
    paragraphs: [t("mail.account.passwordReset.body")],
    action: {
      label: t("mail.account.chooseNewPassword"),
      url: localLink("/reinitialiser-mot-de-passe", token),
    },
    notes: [linkValidity("reset-password"), notYou],
  });
}

export function passwordChangedMail(locale: Locale): MailContent {
  const { t, localUrl } = wordsFor(locale);
  return renderMail(locale, {
    subject: t("mail.account.passwordChanged.subject"),
    paragraphs: [t("mail.account.passwordChanged.body"), t("mail.account.passwordChanged.advice")],
    action: { label: t("mail.account.chooseNewPassword"), url: localUrl("/mot-de-passe-oublie") },
  });
}

export function emailChangeMail(locale: Locale, token: string): MailContent {
  const { t, notYou, linkValidity, localLink } = wordsFor(locale);
  return renderMail(locale, {
    subject: t("mail.account.emailChange.subject"),
    paragraphs: [t("mail.account.emailChange.body")],
    action: {
      label: t("mail.account.emailChange.action"),
      url: localLink("/compte/confirmer-email", token),
    },
    notes: [linkValidity("change-email"), notYou],
  });
}

export function emailAlreadyUsedMail(locale: Locale): MailContent {
  const { t, notYou } = wordsFor(locale);
  return renderMail(locale, {
    subject: t("mail.account.emailAlreadyUsed.subject"),
    paragraphs: [
      t("mail.account.emailAlreadyUsed.body"),
      t("mail.account.emailAlreadyUsed.unchanged"),
    ],
    notes: [notYou],
  });
}

export function emailChangedNotice(locale: Locale): MailContent {
  const { t } = wordsFor(locale);
  return renderMail(locale, {
    subject: t("mail.account.emailChanged.subject"),
    paragraphs: [t("mail.account.emailChanged.body"), t("mail.account.emailChanged.advice")],
  });
}
