"use server";

import { getTranslations } from "next-intl/server";
import { failureState } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { tokenSchema } from "@/lib/auth/schemas";
import { verifyEmail } from "@/lib/auth/verify-email";

export async function verifyEmailAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  let verified: boolean;
  try {
    verified = await verifyEmail(tokenSchema.parse(formData.get("jeton")));
  } catch (error) {
    return failureState(error);
  }
  const t = await getTranslations("auth.verifyEmail");
  return verified
    ? { status: "done", message: t("done") }
    : { status: "error", message: t("deadLink") };
}
