"use server";

import { redirect } from "next/navigation";
import { signOutCurrentUser } from "@/lib/auth/sign-in";
import { resendVerification } from "@/lib/auth/verify-email";
import { emailLinkAction } from "./email-link-state";

// Not a form with a state to show: the header's sign-out button, which always leaves.
export async function signOutAction(): Promise<void> {
  await signOutCurrentUser();
  redirect("/");
}

/** The same answer whether or not the address has an unconfirmed account. */
export const resendVerificationAction = emailLinkAction(
  resendVerification,
  "Si un compte en attente de confirmation utilise cette adresse, un nouveau lien vient d’y être envoyé.",
);
