import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS } from "@/components/auth/auth-page";
import { safeReturnPath, signUpPath } from "@/lib/auth/return-path";
import { resendVerificationAction } from "../actions";
import { EMAIL_FIELD } from "../fields";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Connexion" };

type SignInPageProps = { searchParams: Promise<{ retour?: string | string[] }> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { retour } = await searchParams;
  return (
    <AuthPage
      title="Connexion"
      intro={<p>Connectez-vous pour prendre et gérer vos rendez-vous.</p>}
      footer={
        <>
          <p>
            <Link href="/mot-de-passe-oublie" className={LINK_CLASS}>
              Mot de passe oublié ?
            </Link>
          </p>
          <p>
            Pas encore de compte ?{" "}
            <Link href={signUpPath(retour)} className={LINK_CLASS}>
              Créer un compte
            </Link>
          </p>
        </>
      }
    >
      <AccountForm
        action={signInAction}
        resendAction={resendVerificationAction}
        hidden={{ retour: safeReturnPath(retour) }}
        fields={[
          EMAIL_FIELD,
          {
            name: "password",
            label: "Mot de passe",
            type: "password",
            autoComplete: "current-password",
          },
        ]}
        submitLabel="Se connecter"
      />
    </AuthPage>
  );
}
