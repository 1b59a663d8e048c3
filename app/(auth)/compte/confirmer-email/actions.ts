"use server";

import { getTranslations } from "next-intl/server";
import { confirmEmailChange } from "@/lib/auth/change-email";
import { tokenSchema } from "@/lib/auth/schemas";
import { defineAction } from "@/lib/forms/define-action";

const OUTCOMES = {
  changed: { status: "done", key: "changed" },
  "invalid-link": { status: "error", key: "invalidLink" },
  "address-taken": { status: "error", key: "addressTaken" },
} as const;

export const confirmEmailChangeAction = defineAction(
  { auth: "none", schema: tokenSchema, read: (formData) => formData.get("jeton") },
  async ({ input }) => {
    const outcome = OUTCOMES[await confirmEmailChange(input)];
    const t = await getTranslations("auth.confirmEmail");
    return { status: outcome.status, message: t(outcome.key) };
  },
);
