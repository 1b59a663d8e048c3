"use server";

import type { FormState } from "@/lib/auth/form-state";
import { setPasswordState } from "../set-password-state";

export async function resetPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return setPasswordState("reset-password", formData);
}
