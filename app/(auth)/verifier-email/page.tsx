import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, SignInLink } from "@/components/auth/auth-page";
import { resendVerificationAction } from "../actions";
import { EMAIL_FIELD } from "../fields";
import { tokenFrom, type TokenSearchParams } from "../token-param";
import { verifyEmailAction } from "./actions";

export const metadata: Metadata = { title: "Confirmer votre adresse e-mail" };

// The link only opens this page; confirming takes a press of the button (a POST), because
// mail scanners open links by themselves and would otherwise use them up.
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  const token = await tokenFrom(searchParams);
  return (
    <AuthPage
      title="Confirmer votre adresse e-mail"
      footer={<SignInLink>Aller à la connexion</SignInLink>}
    >
      {token && (
        <div className="mb-8">
          <AccountForm
            action={verifyEmailAction}
            hidden={{ jeton: token }}
            fields={[]}
            hideWhenDone
            submitLabel="Confirmer mon adresse"
          />
        </div>
      )}
      <h2 className="text-lg font-semibold text-slate-900">Recevoir un nouveau lien</h2>
      <p className="mt-1 mb-4 text-sm text-slate-700">
        Le lien a expiré ou n’est jamais arrivé ? Pensez à regarder dans vos courriers indésirables,
        ou demandez-en un nouveau.
      </p>
      <AccountForm
        action={resendVerificationAction}
        hideWhenDone
        fields={[EMAIL_FIELD]}
        submitLabel="Renvoyer le lien"
      />
    </AuthPage>
  );
}
