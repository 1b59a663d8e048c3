"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { requestPasswordReset } from "@/lib/auth/reset-password";
import { linkLifetime } from "@/lib/auth/tokens";
import type { Locale } from "@/lib/i18n/locales";
import { emailLinkAction } from "../email-link-state";

export const requestResetAction = emailLinkAction(requestPasswordReset, async () => {
  const t = await getTranslations("auth.forgotten");
  const locale = (await getLocale()) as Locale;
  return t("done", { lifetime: linkLifetime("reset-password", locale) });
});
