import { getTranslations } from "next-intl/server";
import { AccountForm, type FormAction } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS, SignInLink } from "@/components/auth/auth-page";
import { Link } from "@/lib/i18n/navigation";
import { newPasswordField } from "./fields";

type SetPasswordPageProps = { title: string; intro: string; token: string; action: FormAction };

/** The reset and invitation pages: a new password, posted with the link's token. */
export async function SetPasswordPage({ title, intro, token, action }: SetPasswordPageProps) {
  const t = await getTranslations("auth");
  return (
    <AuthPage
      title={title}
      intro={<p>{intro}</p>}
      footer={<SignInLink>{t("setPassword.goToSignIn")}</SignInLink>}
    >
      {token ? (
        <AccountForm
          action={action}
          hidden={{ jeton: token }}
          hideWhenDone
          fields={[await newPasswordField("password", t("fields.newPassword"))]}
          submitLabel={t("setPassword.submit")}
        />
      ) : (
        <p role="alert" className="text-base text-red-900">
          {t.rich("setPassword.incomplete", {
            link: (chunks) => (
              <Link href="/mot-de-passe-oublie" className={LINK_CLASS}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </AuthPage>
  );
}
