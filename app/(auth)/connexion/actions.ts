"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { defineAction } from "@/lib/forms/define-action";
import { localizePath, type Locale } from "@/lib/i18n/locales";

export const signInAction = defineAction(
  { auth: "none", schema: signInSchema, fields: ["email", "password"], keep: ["email"] },
  async ({ input, formData, values }) => {
    const result = await signInWithPassword(input);
    if (!result.ok) {
      return {
        status: "error",
        message: (await getTranslations("auth.signIn.refusals"))(result.reason),
        values,
        next: result.reason === "unverified" ? "resend-verification" : undefined,
      };
    }
    // The way back is a browser path, already in its language ("/en/…"): redirected as it is.
    // Without one, each role starts where it works (the agenda for practice staff).
    const home = localizePath((await getLocale()) as Locale, result.landing);
    redirect(safeReturnPath(formData.get("retour"), home));
  },
);
