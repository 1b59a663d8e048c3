import Link from "next/link";
import { AccountForm, type FormAction } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS, SignInLink } from "@/components/auth/auth-page";
import { newPasswordField } from "./fields";

type SetPasswordPageProps = { title: string; intro: string; token: string; action: FormAction };

/** The reset and invitation pages: a new password, posted with the link's token. */
export function SetPasswordPage({ title, intro, token, action }: SetPasswordPageProps) {
  return (
    <AuthPage
      title={title}
      intro={<p>{intro}</p>}
      footer={<SignInLink>Aller à la connexion</SignInLink>}
    >
      {token ? (
        <AccountForm
          action={action}
          hidden={{ jeton: token }}
          hideWhenDone
          fields={[newPasswordField("password", "Nouveau mot de passe")]}
          submitLabel="Enregistrer le mot de passe"
        />
      ) : (
        <p role="alert" className="text-base text-red-900">
          Ce lien est incomplet. Ouvrez le lien reçu par e-mail tel quel, ou demandez-en un nouveau
          depuis{" "}
          <Link href="/mot-de-passe-oublie" className={LINK_CLASS}>
            Mot de passe oublié
          </Link>
          .
        </p>
      )}
    </AuthPage>
  );
}
