import "server-only";
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { findSpecialties } from "./queries";
import { specialtyName } from "./specialty-name";

export type SpecialtyOption = { slug: string; name: string; synonyms: string[] };

/**
 * Every specialty, named and sorted alphabetically in the reader's language: public
 * reference data for forms and the API.
 */
export async function listSpecialties(locale: Locale = DEFAULT_LOCALE): Promise<SpecialtyOption[]> {
  const rows = await findSpecialties();
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return rows
    .map((row) => ({ slug: row.slug, name: specialtyName(row, locale), synonyms: row.synonyms }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
