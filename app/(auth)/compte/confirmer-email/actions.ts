"use server";

import { getTranslations } from "next-intl/server";
import { failureState } from "@/lib/auth/action-state";
import { confirmEmailChange } from "@/lib/auth/change-email";
import type { FormState } from "@/lib/auth/form-state";
import { tokenSchema } from "@/lib/auth/schemas";

const OUTCOMES = {
  changed: { status: "done", key: "changed" },
  "invalid-link": { status: "error", key: "invalidLink" },
  "address-taken": { status: "error", key: "addressTaken" },
} as const;

export async function confirmEmailChangeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const outcome = OUTCOMES[await confirmEmailChange(tokenSchema.parse(formData.get("jeton")))];
    const t = await getTranslations("auth.confirmEmail");
    return { status: outcome.status, message: t(outcome.key) };
  } catch (error) {
    return failureState(error);
  }
}
