import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, SignInLink } from "@/components/auth/auth-page";
import { emailField } from "../fields";
import { requestResetAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("auth.forgotten");
  return { title: t("title") };
}

export default async function ForgottenPasswordPage() {
  const t = await getTranslations("auth.forgotten");
  return (
    <AuthPage
      title={t("title")}
      intro={<p>{t("intro")}</p>}
      footer={<SignInLink>{t("back")}</SignInLink>}
    >
      <AccountForm
        action={requestResetAction}
        hideWhenDone
        fields={[await emailField()]}
        submitLabel={t("submit")}
      />
    </AuthPage>
  );
}
