// use-intl is next-intl's core: importable from scripts and the worker, outside Next.
import { createTranslator } from "use-intl/core";
import { CATALOGUES } from "./catalogues";
import type { Locale } from "./locales";

type Translator = ReturnType<typeof createTranslate>;

const createTranslate = (locale: Locale) =>
  createTranslator({ locale, messages: CATALOGUES[locale] });

// One per language for the whole process: a translator keeps each message it has parsed,
// and a new one per mail parsed every message again (most of a booking's own CPU time).
const translators = new Map<Locale, Translator>();

/**
 * A translator for code that runs outside a page request: mails written by the booking
 * statement or the worker, calendar files, API errors. Pages use next-intl's
 * getTranslations/useTranslations instead.
 */
export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslate(locale);
    translators.set(locale, translator);
  }
  return translator;
}
