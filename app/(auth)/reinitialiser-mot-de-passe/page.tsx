import type { Metadata } from "next";
import { SetPasswordPage } from "../set-password-page";
import { tokenFrom, type TokenSearchParams } from "../token-param";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Nouveau mot de passe" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  return (
    <SetPasswordPage
      title="Choisir un nouveau mot de passe"
      intro="Choisissez le nouveau mot de passe de votre compte. Vos sessions ouvertes seront fermées."
      token={await tokenFrom(searchParams)}
      action={resetPasswordAction}
    />
  );
}
