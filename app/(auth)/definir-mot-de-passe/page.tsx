import type { Metadata } from "next";
import { SetPasswordPage } from "../set-password-page";
import { tokenFrom, type TokenSearchParams } from "../token-param";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Activer votre compte" };

export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  return (
    <SetPasswordPage
      title="Activer votre compte"
      intro="Bienvenue sur Praxis. Choisissez le mot de passe de votre compte professionnel."
      token={await tokenFrom(searchParams)}
      action={acceptInvitationAction}
    />
  );
}
