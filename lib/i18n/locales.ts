// The languages Praxis speaks. Client-safe: the proxy, pages and mails all read this list.
// French is the reference language and lives at the unprefixed URLs; the others live under
// their own prefix (/en/…, /de/…).
export const LOCALES = ["fr", "en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

/** The one cookie Praxis adds for languages: a visitor's explicit choice, nothing else. */
export const LOCALE_COOKIE = "praxis_langue";
/** Set by the proxy on every page request (a client cannot supply its own). */
export const LOCALE_HEADER = "x-praxis-locale";

/** BCP 47 tags for Intl: French as read in France, German as in Germany, English as in the UK. */
export const INTL_LOCALE: Record<Locale, string> = { fr: "fr-FR", en: "en-GB", de: "de-DE" };

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  fr: "Français",
  en: "English",
  de: "Deutsch",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored account language (checked by the database) as a Locale; French if unknown. */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const PREFIXED = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/**
 * Splits a pathname into its language and the path the app routes on:
 * "/en/recherche" → { locale: "en", path: "/recherche" }, "/recherche" → French.
 * An explicit "/fr/…" prefix is reported separately so the proxy can send it to the
 * canonical unprefixed URL.
 */
export function splitLocalePath(pathname: string): {
  locale: Locale;
  path: string;
  explicitDefault: boolean;
} {
  const [, first = "", ...rest] = pathname.split("/");
  const path = `/${rest.join("/")}`;
  if ((PREFIXED as readonly string[]).includes(first)) {
    return { locale: first as Locale, path, explicitDefault: false };
  }
  if (first === DEFAULT_LOCALE) return { locale: DEFAULT_LOCALE, path, explicitDefault: true };
  return { locale: DEFAULT_LOCALE, path: pathname, explicitDefault: false };
}

/**
 * The URL of an app path in a language: localizePath("en", "/recherche?q=x") →
 * "/en/recherche?q=x"; French paths stay as they are. Only for paths on our origin.
 */
export function localizePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith("/")) return path;
  if (path === "/") return `/${locale}`;
  if (path.startsWith("/?") || path.startsWith("/#")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}
