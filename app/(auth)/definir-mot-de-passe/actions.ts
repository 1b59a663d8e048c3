"use server";

import type { FormState } from "@/lib/auth/form-state";
import { setPasswordState } from "../set-password-state";

export async function acceptInvitationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return setPasswordState("invite", formData);
}
