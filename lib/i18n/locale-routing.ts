import { negotiateLocale } from "./accept-language";
import { DEFAULT_LOCALE, isLocale, localizePath, splitLocalePath, type Locale } from "./locales";

/** What the proxy does with a page request's language. */
export type LocaleRoute =
  | { kind: "redirect"; location: string; permanent: boolean }
  | { kind: "serve"; locale: Locale; appPath: string };

/**
 * Decides a page request's language from its URL alone, except on the home page: a first
 * visit to "/" follows the visitor's explicit choice (the language cookie) or, without one,
 * the browser's Accept-Language. Every other URL says its language, so links and bookmarks
 * always open the page they name.
 */
export function routeLocale(
  url: { pathname: string; search: string },
  signals: { cookie: string | undefined; acceptLanguage: string | null },
): LocaleRoute {
  const { locale, path, explicitDefault } = splitLocalePath(url.pathname);
  if (explicitDefault) {
    // "/fr/…" is the same page as "/…": one URL per page.
    return { kind: "redirect", location: `${path}${url.search}`, permanent: true };
  }
  if (url.pathname === "/") {
    const preferred = isLocale(signals.cookie)
      ? signals.cookie
      : negotiateLocale(signals.acceptLanguage);
    if (preferred !== DEFAULT_LOCALE) {
      return {
        kind: "redirect",
        location: localizePath(preferred, `/${url.search}`),
        permanent: false,
      };
    }
  }
  return { kind: "serve", locale, appPath: path };
}
