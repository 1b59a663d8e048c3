"use server";

import { getTranslations } from "next-intl/server";
import { failureState, typedValues } from "@/lib/auth/action-state";
import { requestEmailChange } from "@/lib/auth/change-email";
import { changePassword } from "@/lib/auth/change-password";
import type { FormState } from "@/lib/auth/form-state";
import { changeEmailSchema, changePasswordSchema } from "@/lib/auth/schemas";
import { getCurrentSession } from "@/lib/auth/session";
import { requestAddress } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/errors";

async function currentSessionOrFail() {
  const session = await getCurrentSession();
  if (!session) throw new AppError("UNAUTHENTICATED");
  return session;
}

export async function changePasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const session = await currentSessionOrFail();
    const input = changePasswordSchema.parse({
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
    });
    await changePassword(session, input, await requestAddress());
  } catch (error) {
    return failureState(error);
  }
  return { status: "done", message: (await getTranslations("auth.security"))("passwordDone") };
}

export async function changeEmailAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData, ["newEmail"]);
  try {
    const session = await currentSessionOrFail();
    const input = changeEmailSchema.parse({
      ...values,
      currentPassword: formData.get("currentPassword"),
    });
    await requestEmailChange(session, input, await requestAddress());
  } catch (error) {
    return failureState(error, values);
  }
  return { status: "done", message: (await getTranslations("auth.security"))("emailDone") };
}
