"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { signOutCurrentUser } from "@/lib/auth/sign-in";
import { resendVerification } from "@/lib/auth/verify-email";
import { redirect } from "@/lib/i18n/navigation";
import { emailLinkAction } from "./email-link-state";

// Not a form with a state to show: the header's sign-out button, which always leaves.
export async function signOutAction(): Promise<void> {
  await signOutCurrentUser();
  redirect({ href: "/", locale: await getLocale() });
}

/** The same answer whether or not the address has an unconfirmed account. */
export const resendVerificationAction = emailLinkAction(resendVerification, async () =>
  (await getTranslations("auth"))("resendDone"),
);
