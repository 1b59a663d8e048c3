import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage } from "@/components/auth/auth-page";
import { confirmEmailChangeAction } from "./actions";
import { tokenFrom, type TokenSearchParams } from "../../token-param";

export const metadata: Metadata = { title: "Confirmer votre nouvelle adresse" };

// A button rather than confirming on opening: mail scanners open links by themselves.
export default async function ConfirmEmailChangePage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  const token = await tokenFrom(searchParams);
  return (
    <AuthPage title="Confirmer votre nouvelle adresse">
      {token ? (
        <AccountForm
          action={confirmEmailChangeAction}
          hidden={{ jeton: token }}
          fields={[]}
          hideWhenDone
          submitLabel="Utiliser cette adresse"
        />
      ) : (
        <p role="alert" className="text-base text-red-900">
          Ce lien est incomplet. Ouvrez le lien reçu par e-mail tel quel.
        </p>
      )}
    </AuthPage>
  );
}
