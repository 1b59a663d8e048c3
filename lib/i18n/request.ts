import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { negotiateLocale } from "./accept-language";
import { CATALOGUES } from "./catalogues";
import { isLocale, LOCALE_HEADER } from "./locales";

// Pages get their language from the proxy (the URL prefix); API answers, which skip the
// proxy, follow Accept-Language with French as the default.
export default getRequestConfig(async () => {
  const requestHeaders = await headers();
  const fromProxy = requestHeaders.get(LOCALE_HEADER);
  const locale = isLocale(fromProxy)
    ? fromProxy
    : negotiateLocale(requestHeaders.get("accept-language"));
  // Dates always name their zone explicitly; this default only silences next-intl's
  // warning for the rare formatter that does not.
  return { locale, messages: CATALOGUES[locale], timeZone: "Europe/Paris" };
});
