import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, SignInLink } from "@/components/auth/auth-page";
import { resendVerificationAction } from "../actions";
import { emailField } from "../fields";
import { tokenFrom, type TokenSearchParams } from "../token-param";
import { verifyEmailAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("auth.verifyEmail");
  return { title: t("title") };
}

// The link only opens this page; confirming takes a press of the button (a POST), because
// mail scanners open links by themselves and would otherwise use them up.
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: TokenSearchParams;
}) {
  const token = await tokenFrom(searchParams);
  const t = await getTranslations("auth");
  return (
    <AuthPage
      title={t("verifyEmail.title")}
      footer={<SignInLink>{t("setPassword.goToSignIn")}</SignInLink>}
    >
      {token && (
        <div className="mb-8">
          <AccountForm
            action={verifyEmailAction}
            hidden={{ jeton: token }}
            fields={[]}
            hideWhenDone
            submitLabel={t("verifyEmail.submit")}
          />
        </div>
      )}
      <h2 className="text-lg font-semibold text-slate-900">{t("verifyEmail.newLinkTitle")}</h2>
      <p className="mt-1 mb-4 text-sm text-slate-700">{t("verifyEmail.newLinkIntro")}</p>
      <AccountForm
        action={resendVerificationAction}
        hideWhenDone
        fields={[await emailField()]}
        submitLabel={t("verifyEmail.resend")}
      />
    </AuthPage>
  );
}
