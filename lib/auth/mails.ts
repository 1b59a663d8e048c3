import "server-only";
import { appUrl, renderMail, type MailContent } from "@/lib/mail/render-mail";
import { linkLifetime, type TokenPurpose } from "./tokens";

// The account mails, in French. Subjects stay neutral (no health term, no name).

const NOT_YOU =
  "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne sera modifié.";

const link = (path: string, token: string) =>
  appUrl(`${path}?${new URLSearchParams({ jeton: token })}`);

const linkValidity = (purpose: TokenPurpose) =>
  `Ce lien est valable ${linkLifetime(purpose)} et ne fonctionne qu’une fois.`;

export function verificationMail(token: string): MailContent {
  return renderMail({
    subject: "Confirmez votre adresse e-mail",
    paragraphs: ["Bienvenue sur Praxis. Confirmez votre adresse e-mail pour activer votre compte."],
    action: { label: "Confirmer mon adresse", url: link("/verifier-email", token) },
    notes: [linkValidity("verify-email"), NOT_YOU],
  });
}

export function alreadyRegisteredMail(): MailContent {
  return renderMail({
    subject: "Vous avez déjà un compte Praxis",
    paragraphs: [
      "Quelqu’un a demandé à créer un compte Praxis avec cette adresse, mais vous en avez déjà un.",
      "Connectez-vous avec votre mot de passe ; si vous l’avez oublié, vous pouvez en choisir un nouveau.",
    ],
    action: { label: "Choisir un nouveau mot de passe", url: appUrl("/mot-de-passe-oublie") },
    notes: [NOT_YOU],
  });
}

export function passwordResetMail(token: string): MailContent {
  return renderMail({
    subject: "Choisissez un nouveau mot de passe",
    paragraphs: ["Vous avez demandé à réinitialiser le mot de passe de votre compte Praxis."],
    action: {
      label: "Choisir un nouveau mot de passe",
      url: link("/reinitialiser-mot-de-passe", token),
    },
    notes: [linkValidity("reset-password"), NOT_YOU],
  });
}

export function passwordChangedMail(): MailContent {
  return renderMail({
    subject: "Votre mot de passe a été modifié",
    paragraphs: [
      "Le mot de passe de votre compte Praxis vient d’être modifié, et les autres sessions ont été fermées.",
      "Si ce n’est pas vous, choisissez sans attendre un nouveau mot de passe.",
    ],
    action: { label: "Choisir un nouveau mot de passe", url: appUrl("/mot-de-passe-oublie") },
  });
}

export function emailChangeMail(token: string): MailContent {
  return renderMail({
    subject: "Confirmez votre nouvelle adresse e-mail",
    paragraphs: ["Vous avez demandé à utiliser cette adresse pour votre compte Praxis."],
    action: { label: "Confirmer cette adresse", url: link("/compte/confirmer-email", token) },
    notes: [linkValidity("change-email"), NOT_YOU],
  });
}

export function emailAlreadyUsedMail(): MailContent {
  return renderMail({
    subject: "Cette adresse est déjà utilisée sur Praxis",
    paragraphs: [
      "Quelqu’un a demandé à utiliser cette adresse pour un compte Praxis, mais elle appartient déjà à un compte.",
      "Aucune modification n’a été faite.",
    ],
    notes: [NOT_YOU],
  });
}

export function emailChangedNotice(): MailContent {
  return renderMail({
    subject: "L’adresse e-mail de votre compte a été modifiée",
    paragraphs: [
      "L’adresse e-mail de votre compte Praxis vient d’être remplacée ; les messages de Praxis seront désormais envoyés à la nouvelle adresse.",
      "Si ce n’est pas vous, contactez-nous sans attendre : quelqu’un d’autre utilise peut-être votre compte.",
    ],
  });
}
