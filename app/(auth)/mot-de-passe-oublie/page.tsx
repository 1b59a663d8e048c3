import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, SignInLink } from "@/components/auth/auth-page";
import { EMAIL_FIELD } from "../fields";
import { requestResetAction } from "./actions";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgottenPasswordPage() {
  return (
    <AuthPage
      title="Mot de passe oublié"
      intro={
        <p>
          Saisissez l’adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau
          mot de passe.
        </p>
      }
      footer={<SignInLink>Retour à la connexion</SignInLink>}
    >
      <AccountForm
        action={requestResetAction}
        hideWhenDone
        fields={[EMAIL_FIELD]}
        submitLabel="Envoyer le lien"
      />
    </AuthPage>
  );
}
