import type { Locale } from "@/lib/i18n/locales";

// A specialty is stored with its name in each language Praxis speaks (name_fr, name_en,
// name_de): pages show the one of their language. Pure and client-safe.

export type SpecialtyNames = { nameFr: string; nameEn: string; nameDe: string };

export function specialtyName(names: SpecialtyNames, locale: Locale): string {
  const byLocale: Record<Locale, string> = { fr: names.nameFr, en: names.nameEn, de: names.nameDe };
  return byLocale[locale];
}
