import { getTranslations } from "next-intl/server";
import { SetPasswordPage } from "../set-password-page";
import { tokenFrom, type TokenSearchParams } from "../token-param";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("auth.setPassword.invitation");
  return { title: t("title") };
}

export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  const t = await getTranslations("auth.setPassword.invitation");
  return (
    <SetPasswordPage
      title={t("title")}
      intro={t("intro")}
      token={await tokenFrom(searchParams)}
      action={acceptInvitationAction}
    />
  );
}
