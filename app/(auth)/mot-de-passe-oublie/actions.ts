"use server";

import type { FormState } from "@/lib/auth/form-state";
import { requestPasswordReset } from "@/lib/auth/reset-password";
import { linkLifetime } from "@/lib/auth/tokens";
import { emailLinkState } from "../email-link-state";

export async function requestResetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return emailLinkState(
    formData,
    requestPasswordReset,
    `Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable ${linkLifetime("reset-password")}.`,
  );
}
