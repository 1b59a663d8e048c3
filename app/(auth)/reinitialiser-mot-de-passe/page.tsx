import { getTranslations } from "next-intl/server";
import { SetPasswordPage } from "../set-password-page";
import { tokenFrom, type TokenSearchParams } from "../token-param";
import { resetPasswordAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("auth.setPassword.reset");
  return { title: t("metaTitle") };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  const t = await getTranslations("auth.setPassword.reset");
  return (
    <SetPasswordPage
      title={t("title")}
      intro={t("intro")}
      token={await tokenFrom(searchParams)}
      action={resetPasswordAction}
    />
  );
}
