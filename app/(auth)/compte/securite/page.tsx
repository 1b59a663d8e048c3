import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/account-form";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/limits";
import { requireUser } from "@/lib/auth/session";
import { changeEmailAction, changePasswordAction } from "./actions";
import { CURRENT_PASSWORD_FIELD, newPasswordField } from "../../fields";

export const metadata: Metadata = { title: "Sécurité du compte" };

export default async function AccountSecurityPage() {
  const user = await requireUser();
  return (
    <section
      aria-labelledby="security-title"
      className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6"
    >
      <h1 id="security-title" className="text-3xl font-bold tracking-tight text-slate-900">
        Sécurité du compte
      </h1>
      <p className="mt-3 text-base text-slate-700">
        Adresse de connexion : <strong className="font-semibold">{user.email}</strong>
      </p>
      <div className="mt-8 space-y-8">
        <section
          aria-labelledby="password-title"
          className="rounded-2xl border border-slate-200 p-6"
        >
          <h2 id="password-title" className="mb-4 text-xl font-semibold text-slate-900">
            Changer de mot de passe
          </h2>
          <AccountForm
            action={changePasswordAction}
            idPrefix="mot-de-passe"
            fields={[
              CURRENT_PASSWORD_FIELD,
              newPasswordField("newPassword", "Nouveau mot de passe"),
            ]}
            submitLabel="Changer le mot de passe"
          />
        </section>
        <section aria-labelledby="email-title" className="rounded-2xl border border-slate-200 p-6">
          <h2 id="email-title" className="mb-4 text-xl font-semibold text-slate-900">
            Changer d’adresse e-mail
          </h2>
          <AccountForm
            action={changeEmailAction}
            idPrefix="adresse"
            hideWhenDone
            fields={[
              {
                name: "newEmail",
                label: "Nouvelle adresse e-mail",
                type: "email",
                autoComplete: "email",
                maxLength: EMAIL_MAX_LENGTH,
              },
              CURRENT_PASSWORD_FIELD,
            ]}
            submitLabel="Recevoir le lien de confirmation"
          />
        </section>
      </div>
    </section>
  );
}
