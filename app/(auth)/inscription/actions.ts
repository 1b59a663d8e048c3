"use server";

import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { signUpSchema } from "@/lib/auth/schemas";
import { requestAddress } from "@/lib/auth/sign-in";
import { signUpPatient } from "@/lib/auth/sign-up-patient";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email", "firstName", "lastName", "birthDate", "locale"]);
  try {
    const input = signUpSchema.parse({ ...values, password: formData.get("password") });
    await signUpPatient(input, await requestAddress(), after);
  } catch (error) {
    return failureState(error, values);
  }
  // Word for word the same for a new address and one that already has an account.
  const t = await getTranslations("auth.signUp");
  return { status: "done", message: t("done", { email: values.email.trim().toLowerCase() }) };
}
