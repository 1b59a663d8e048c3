"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { emailOnlySchema } from "@/lib/auth/schemas";
import { requestAddress, signOutCurrentUser } from "@/lib/auth/sign-in";
import { resendVerification } from "@/lib/auth/verify-email";

export async function signOutAction(): Promise<void> {
  await signOutCurrentUser();
  redirect("/");
}

/** The same answer whether or not the address has an unconfirmed account. */
export async function resendVerificationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  try {
    const { email } = emailOnlySchema.parse(values);
    await resendVerification(email, await requestAddress(), after);
  } catch (error) {
    return failureState(error, values);
  }
  return {
    status: "done",
    message:
      "Si un compte en attente de confirmation utilise cette adresse, un nouveau lien vient d’y être envoyé.",
  };
}
