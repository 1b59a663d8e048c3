"use server";

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
  return verified
    ? {
        status: "done",
        message: "Votre adresse est confirmée. Vous pouvez maintenant vous connecter.",
      }
    : {
        status: "error",
        message:
          "Ce lien n’est plus valide : il a déjà servi ou a expiré. Demandez-en un nouveau ci-dessous.",
      };
}
