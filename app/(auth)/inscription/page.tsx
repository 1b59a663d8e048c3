import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS } from "@/components/auth/auth-page";
import { EMAIL_FIELD, newPasswordField } from "../fields";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Créer un compte" };

export default function SignUpPage() {
  return (
    <AuthPage
      title="Créer un compte"
      intro={
        <p>
          Votre compte vous permet de prendre rendez-vous pour vous et vos proches. Nous ne
          partageons vos données avec personne d’autre que les praticiens que vous consultez.
        </p>
      }
      footer={
        <p>
          Déjà un compte ?{" "}
          <Link href="/connexion" className={LINK_CLASS}>
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
            maxLength: 100,
          },
          {
            name: "lastName",
            label: "Nom",
            type: "text",
            autoComplete: "family-name",
            maxLength: 100,
          },
          { name: "birthDate", label: "Date de naissance", type: "date", autoComplete: "bday" },
          EMAIL_FIELD,
          newPasswordField("password", "Mot de passe"),
        ]}
        submitLabel="Créer mon compte"
      />
    </AuthPage>
  );
}
