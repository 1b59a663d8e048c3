"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/auth/form-state";
import { signOutCurrentUser } from "@/lib/auth/sign-in";
import { resendVerification } from "@/lib/auth/verify-email";
import { emailLinkState } from "./email-link-state";

export async function signOutAction(): Promise<void> {
  await signOutCurrentUser();
  redirect({ href: "/", locale: await getLocale() });
}

/** The same answer whether or not the address has an unconfirmed account. */
export async function resendVerificationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("auth");
  return emailLinkState(formData, resendVerification, t("resendDone"));
}
