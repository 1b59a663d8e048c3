import { DEFAULT_LOCALE, LOCALES, localizePath, splitLocalePath } from "./locales";

/**
 * hreflang alternates of the page at `requestPath` (as the proxy saw it, with its language
 * prefix): the same page in every language, and x-default for visitors of any other.
 */
export function alternateLanguages(requestPath: string): Record<string, string> {
  const { path } = splitLocalePath(requestPath.split("?")[0] ?? "/");
  const entries = LOCALES.map((locale) => [locale, localizePath(locale, path)]);
  return Object.fromEntries([...entries, ["x-default", localizePath(DEFAULT_LOCALE, path)]]);
}
