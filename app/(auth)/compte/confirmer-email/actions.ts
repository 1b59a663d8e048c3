"use server";

import { failureState } from "@/lib/auth/action-state";
import { confirmEmailChange } from "@/lib/auth/change-email";
import type { FormState } from "@/lib/auth/form-state";
import { tokenSchema } from "@/lib/auth/schemas";

const OUTCOMES = {
  changed: { status: "done", message: "Votre nouvelle adresse e-mail est enregistrée." },
  "invalid-link": {
    status: "error",
    message: "Ce lien n’est plus valide : il a déjà servi ou a expiré.",
  },
  "address-taken": {
    status: "error",
    message:
      "Cette adresse est désormais utilisée par un autre compte : elle ne peut pas être enregistrée.",
  },
} as const satisfies Record<string, FormState>;

export async function confirmEmailChangeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    return OUTCOMES[await confirmEmailChange(tokenSchema.parse(formData.get("jeton")))];
  } catch (error) {
    return failureState(error);
  }
}
