import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS } from "@/components/auth/auth-page";
import { safeReturnPath, signUpPath } from "@/lib/auth/return-path";
import { Link } from "@/lib/i18n/navigation";
import { resendVerificationAction } from "../actions";
import { emailField } from "../fields";
import { signInAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

type SignInPageProps = { searchParams: Promise<{ retour?: string | string[] }> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { retour } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthPage
      title={t("signIn.title")}
      intro={<p>{t("signIn.intro")}</p>}
      footer={
        <>
          <p>
            <Link href="/mot-de-passe-oublie" className={LINK_CLASS}>
              {t("signIn.forgotten")}
            </Link>
          </p>
          <p>
            {t("signIn.noAccount")}{" "}
            <Link href={signUpPath(retour)} className={LINK_CLASS}>
              {t("signIn.signUp")}
            </Link>
          </p>
        </>
      }
    >
      <AccountForm
        action={signInAction}
        resendAction={resendVerificationAction}
        resendLabel={t("signIn.resend")}
        hidden={{ retour: safeReturnPath(retour, "") }}
        fields={[
          await emailField(),
          {
            name: "password",
            label: t("fields.password"),
            type: "password",
            autoComplete: "current-password",
          },
        ]}
        submitLabel={t("signIn.submit")}
      />
    </AuthPage>
  );
}
