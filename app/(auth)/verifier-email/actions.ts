"use server";

import { getTranslations } from "next-intl/server";
import { tokenSchema } from "@/lib/auth/schemas";
import { verifyEmail } from "@/lib/auth/verify-email";
import { defineAction } from "@/lib/forms/define-action";

export const verifyEmailAction = defineAction(
  { auth: "none", schema: tokenSchema, read: (formData) => formData.get("jeton") },
  async ({ input }) => {
    const verified = await verifyEmail(input);
    const t = await getTranslations("auth.verifyEmail");
    return verified
      ? { status: "done", message: t("done") }
      : { status: "error", message: t("deadLink") };
  },
);
