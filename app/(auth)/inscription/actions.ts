"use server";

import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { signUpSchema } from "@/lib/auth/schemas";
import { requestAddress } from "@/lib/auth/sign-in";
import { signUpPatient } from "@/lib/auth/sign-up-patient";
import { defineAction } from "@/lib/forms/define-action";

const KEPT = ["email", "firstName", "lastName", "birthDate", "locale"] as const;

export const signUpAction = defineAction(
  { auth: "none", schema: signUpSchema, fields: [...KEPT, "password"], keep: KEPT },
  async ({ input, values }) => {
    await signUpPatient(input, await requestAddress(), after);
    // Word for word the same for a new address and one that already has an account.
    const t = await getTranslations("auth.signUp");
    return { status: "done", message: t("done", { email: values.email.trim().toLowerCase() }) };
  },
);
