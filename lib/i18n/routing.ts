import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

// Describes our URLs to next-intl so its Link and redirect add the language prefix. The
// proxy (proxy.ts) does the routing itself, so next-intl's middleware features (its cookie,
// its detection) stay off.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: false,
  localeDetection: false,
  alternateLinks: false,
});
