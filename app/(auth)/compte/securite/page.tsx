import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/auth/account-form";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/limits";
import { requireUser } from "@/lib/auth/session";
import { changeEmailAction, changePasswordAction } from "./actions";
import { currentPasswordField, newPasswordField } from "../../fields";

export async function generateMetadata() {
  const t = await getTranslations("auth.security");
  return { title: t("title") };
}

export default async function AccountSecurityPage() {
  const user = await requireUser();
  const t = await getTranslations("auth");
  return (
    <section
      aria-labelledby="security-title"
      className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6"
    >
      <h1 id="security-title" className="text-3xl font-bold tracking-tight text-slate-900">
        {t("security.title")}
      </h1>
      <p className="mt-3 text-base text-slate-700">
        {t.rich("security.signInAddress", {
          email: user.email,
          strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
        })}
      </p>
      <div className="mt-8 space-y-8">
        <section
          aria-labelledby="password-title"
          className="rounded-2xl border border-slate-200 p-6"
        >
          <h2 id="password-title" className="mb-4 text-xl font-semibold text-slate-900">
            {t("security.passwordTitle")}
          </h2>
          <AccountForm
            action={changePasswordAction}
            idPrefix="mot-de-passe"
            fields={[
              await currentPasswordField(),
              await newPasswordField("newPassword", t("fields.newPassword")),
            ]}
            submitLabel={t("security.passwordSubmit")}
          />
        </section>
        <section aria-labelledby="email-title" className="rounded-2xl border border-slate-200 p-6">
          <h2 id="email-title" className="mb-4 text-xl font-semibold text-slate-900">
            {t("security.emailTitle")}
          </h2>
          <AccountForm
            action={changeEmailAction}
            idPrefix="adresse"
            hideWhenDone
            fields={[
              {
                name: "newEmail",
                label: t("fields.newEmail"),
                type: "email",
                autoComplete: "email",
                maxLength: EMAIL_MAX_LENGTH,
              },
              await currentPasswordField(),
            ]}
            submitLabel={t("security.emailSubmit")}
          />
        </section>
      </div>
    </section>
  );
}
