import "server-only";
import { linkLifetime } from "@/lib/auth/tokens";
import { appUrl, renderMail, type MailContent } from "@/lib/mail/render-mail";

// The invitation a new practitioner receives. Like every Praxis mail, its subject names no
// title or specialty: subjects show on lock screens and in mail-server logs.

export function invitationMail(token: string): MailContent {
  return renderMail({
    subject: "Votre invitation à rejoindre Praxis",
    paragraphs: [
      "L’équipe Praxis a créé votre compte praticien. Pour l’activer, choisissez votre mot de passe.",
    ],
    action: {
      label: "Choisir mon mot de passe",
      url: appUrl(`/definir-mot-de-passe?${new URLSearchParams({ jeton: token })}`),
    },
    notes: [
      `Ce lien est valable ${linkLifetime("invite")} et ne fonctionne qu’une fois. Passé ce délai, demandez une nouvelle invitation à l’équipe Praxis.`,
      "Si vous n’attendiez pas ce message, ignorez-le : aucun compte ne sera activé sans vous.",
    ],
  });
}
