import "server-only";
import { getTranslations } from "next-intl/server";
import type { AccountField } from "@/components/auth/account-form";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/limits";

// The account forms' fields, declared once: autocomplete tokens let password managers
// and browsers fill them correctly (WCAG 1.3.5). Labels in the page's language.

export async function emailField(): Promise<AccountField> {
  const t = await getTranslations("auth.fields");
  return {
    name: "email",
    label: t("email"),
    type: "email",
    autoComplete: "email",
    maxLength: EMAIL_MAX_LENGTH,
  };
}

export async function currentPasswordField(): Promise<AccountField> {
  const t = await getTranslations("auth.fields");
  return {
    name: "currentPassword",
    label: t("currentPassword"),
    type: "password",
    autoComplete: "current-password",
  };
}

export async function newPasswordField(name: string, label: string): Promise<AccountField> {
  const t = await getTranslations("auth.fields");
  return { name, label, type: "password", autoComplete: "new-password", hint: t("passwordHint") };
}
