"use server";

import { after } from "next/server";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { requestPasswordReset } from "@/lib/auth/reset-password";
import { emailOnlySchema } from "@/lib/auth/schemas";
import { requestAddress } from "@/lib/auth/sign-in";

export async function requestResetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  try {
    const { email } = emailOnlySchema.parse(values);
    await requestPasswordReset(email, await requestAddress(), after);
  } catch (error) {
    return failureState(error, values);
  }
  return {
    status: "done",
    message:
      "Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable 1 heure.",
  };
}
