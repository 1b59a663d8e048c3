"use server";

import { confirmEmailChange } from "@/lib/auth/change-email";
import { tokenSchema } from "@/lib/auth/schemas";
import type { ActionState } from "@/lib/forms/action-state";
import { defineAction } from "@/lib/forms/define-action";

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
} as const satisfies Record<string, ActionState>;

export const confirmEmailChangeAction = defineAction(
  { auth: "none", schema: tokenSchema, read: (formData) => formData.get("jeton") },
  async ({ input }) => OUTCOMES[await confirmEmailChange(input)],
);
