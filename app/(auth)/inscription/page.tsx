import { getLocale, getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/auth/account-form";
import { AuthPage, LINK_CLASS } from "@/components/auth/auth-page";
import { safeReturnPath, signInPath } from "@/lib/auth/return-path";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { NAME_MAX_LENGTH, OLDEST_BIRTH_DATE } from "@/lib/patients/limits";
import { emailField, newPasswordField } from "../fields";
import { signUpAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

type SignUpPageProps = { searchParams: Promise<{ retour?: string | string[] }> };

// Coming from a chosen slot (`retour`), the way to sign in once the address is confirmed
// leads back to it: the slot lives in that URL only, never in a mail or a cookie.
export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const returnPath = safeReturnPath((await searchParams).retour, "");
  const t = await getTranslations("auth");
  const locale = await getLocale();
  return (
    <AuthPage
      title={t("signUp.title")}
      intro={
        <>
          <p>{t("signUp.intro")}</p>
          {returnPath && <p>{t("signUp.returnHint")}</p>}
        </>
      }
      footer={
        <p>
          {t("signUp.haveAccount")}{" "}
          <Link href={signInPath(returnPath)} className={LINK_CLASS}>
            {t("signUp.signIn")}
          </Link>
        </p>
      }
    >
      <AccountForm
        action={signUpAction}
        hideWhenDone
        fields={[
          {
            name: "firstName",
            label: t("fields.firstName"),
            type: "text",
            autoComplete: "given-name",
            maxLength: NAME_MAX_LENGTH,
          },
          {
            name: "lastName",
            label: t("fields.lastName"),
            type: "text",
            autoComplete: "family-name",
            maxLength: NAME_MAX_LENGTH,
          },
          {
            name: "birthDate",
            label: t("fields.birthDate"),
            type: "date",
            autoComplete: "bday",
            min: OLDEST_BIRTH_DATE,
            // The server's day: the browser's clock may be wrong or in another zone.
            max: new Date().toISOString().slice(0, 10),
          },
          await emailField(),
          await newPasswordField("password", t("fields.password")),
          {
            name: "locale",
            label: t("fields.locale"),
            hint: t("fields.localeHint"),
            type: "select",
            autoComplete: "language",
            // The page's language comes first chosen: most people keep it.
            defaultValue: locale,
            options: LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] })),
          },
        ]}
        submitLabel={t("signUp.submit")}
      />
    </AuthPage>
  );
}
