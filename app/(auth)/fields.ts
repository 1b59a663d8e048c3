import type { AccountField } from "@/components/auth/account-form";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/limits";

// The account forms' fields, declared once: autocomplete tokens let password managers
// and browsers fill them correctly (WCAG 1.3.5).

const PASSWORD_HINT = "10 caractères au moins. Une phrase de quelques mots est idéale.";

export const EMAIL_FIELD: AccountField = {
  name: "email",
  label: "Adresse e-mail",
  type: "email",
  autoComplete: "email",
  maxLength: EMAIL_MAX_LENGTH,
};

export const CURRENT_PASSWORD_FIELD: AccountField = {
  name: "currentPassword",
  label: "Mot de passe actuel",
  type: "password",
  autoComplete: "current-password",
};

export function newPasswordField(name: string, label: string): AccountField {
  return { name, label, type: "password", autoComplete: "new-password", hint: PASSWORD_HINT };
}
