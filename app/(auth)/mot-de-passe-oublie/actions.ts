"use server";

import { getLocale, getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/auth/form-state";
import { requestPasswordReset } from "@/lib/auth/reset-password";
import { linkLifetime } from "@/lib/auth/tokens";
import type { Locale } from "@/lib/i18n/locales";
import { emailLinkState } from "../email-link-state";

export async function requestResetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("auth.forgotten");
  const locale = (await getLocale()) as Locale;
  return emailLinkState(
    formData,
    requestPasswordReset,
    t("done", { lifetime: linkLifetime("reset-password", locale) }),
  );
}
