import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS } from "@/components/auth/auth-page";
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
      footer={
        <p>
          <Link href="/connexion" className={LINK_CLASS}>
            Retour à la connexion
          </Link>
        </p>
      }
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
