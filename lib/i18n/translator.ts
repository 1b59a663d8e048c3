// use-intl is next-intl's core: importable from scripts and the worker, outside Next.
import { createTranslator } from "use-intl/core";
import { CATALOGUES } from "./catalogues";
import type { Locale } from "./locales";

/**
 * A translator for code that runs outside a page request: mails written by the booking
 * statement or the worker, calendar files, API errors. Pages use next-intl's
 * getTranslations/useTranslations instead.
 */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}
