"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return failureState(parsed.error, values);
  let result;
  try {
    result = await signInWithPassword(parsed.data);
  } catch (error) {
    return failureState(error, values);
  }
  if (!result.ok) {
    return {
      status: "error",
      message: (await getTranslations("auth.signIn.refusals"))(result.reason),
      values,
      next: result.reason === "unverified" ? "resend-verification" : undefined,
    };
  }
  // The way back is a browser path, already in its language ("/en/…"): redirected as it is.
  const home = localizePath((await getLocale()) as Locale, "/");
  redirect(safeReturnPath(formData.get("retour"), home));
}
