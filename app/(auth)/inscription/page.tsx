import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS } from "@/components/auth/auth-page";
import { safeReturnPath, signInPath } from "@/lib/auth/return-path";
import { NAME_MAX_LENGTH, OLDEST_BIRTH_DATE } from "@/lib/patients/limits";
import { EMAIL_FIELD, newPasswordField } from "../fields";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Créer un compte" };

type SignUpPageProps = { searchParams: Promise<{ retour?: string | string[] }> };

// Coming from a chosen slot (`retour`), the way to sign in once the address is confirmed
// leads back to it: the slot lives in that URL only, never in a mail or a cookie.
export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const returnPath = safeReturnPath((await searchParams).retour, "");
  return (
    <AuthPage
      title="Créer un compte"
      intro={
        <>
          <p>
            Votre compte vous permet de prendre rendez-vous pour vous et vos proches. Nous ne
            partageons vos données avec personne d’autre que les praticiens que vous consultez.
          </p>
          {returnPath && (
            <p>
              Pour revenir au créneau choisi une fois votre adresse confirmée, connectez-vous depuis
              le lien en bas de cette page.
            </p>
          )}
        </>
      }
      footer={
        <p>
          Déjà un compte ?{" "}
          <Link href={signInPath(returnPath)} className={LINK_CLASS}>
            Se connecter
          </Link>
        </p>
      }
    >
      <AccountForm
        action={signUpAction}
        hideWhenDone
        fields={[
          {
            name: "firstName",
            label: "Prénom",
            type: "text",
            autoComplete: "given-name",
            maxLength: NAME_MAX_LENGTH,
          },
          {
            name: "lastName",
            label: "Nom",
            type: "text",
            autoComplete: "family-name",
            maxLength: NAME_MAX_LENGTH,
          },
          {
            name: "birthDate",
            label: "Date de naissance",
            type: "date",
            autoComplete: "bday",
            min: OLDEST_BIRTH_DATE,
            // The server's day: the browser's clock may be wrong or in another zone.
            max: new Date().toISOString().slice(0, 10),
          },
          EMAIL_FIELD,
          newPasswordField("password", "Mot de passe"),
        ]}
        submitLabel="Créer mon compte"
      />
    </AuthPage>
  );
}
