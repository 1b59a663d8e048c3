import type { Messages } from "./catalogues";
import type { Locale } from "./locales";

// Makes every t("key") call type-checked against the French reference catalogue: a missing
// or misspelt key fails `tsc`, not a page in production.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
