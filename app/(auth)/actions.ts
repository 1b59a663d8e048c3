"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/auth/form-state";
import { signOutCurrentUser } from "@/lib/auth/sign-in";
import { resendVerification } from "@/lib/auth/verify-email";
import { emailLinkState } from "./email-link-state";

export async function signOutAction(): Promise<void> {
  await signOutCurrentUser();
  redirect("/");
}

/** The same answer whether or not the address has an unconfirmed account. */
export async function resendVerificationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return emailLinkState(
    formData,
    resendVerification,
    "Si un compte en attente de confirmation utilise cette adresse, un nouveau lien vient d’y être envoyé.",
  );
}
