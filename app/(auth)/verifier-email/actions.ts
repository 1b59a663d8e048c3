"use server";

import { tokenSchema } from "@/lib/auth/schemas";
import { verifyEmail } from "@/lib/auth/verify-email";
import { defineAction } from "@/lib/forms/define-action";

export const verifyEmailAction = defineAction(
  { auth: "none", schema: tokenSchema, read: (formData) => formData.get("jeton") },
  async ({ input }) =>
    (await verifyEmail(input))
      ? {
          status: "done",
          message: "Votre adresse est confirmée. Vous pouvez maintenant vous connecter.",
        }
      : {
          status: "error",
          message:
            "Ce lien n’est plus valide : il a déjà servi ou a expiré. Demandez-en un nouveau ci-dessous.",
        },
);
