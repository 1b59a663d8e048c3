import { use } from "react";
import type fr from "@/messages/fr.json";
import { splitLocalePath, type Locale } from "./locales";

type GlobalErrorMessages = (typeof fr)["globalError"];

// A static import would put all three catalogues (about 200 kB) into the script of every
// page, since a bundler cannot keep only one key of a JSON file: the error pages are part
// of every page's bundle. Loaded on demand instead, when an error page is actually shown.
const loaders: Record<Locale, () => Promise<{ default: typeof fr }>> = {
  fr: () => import("@/messages/fr.json"),
  en: () => import("@/messages/en.json"),
  de: () => import("@/messages/de.json"),
};

const loaded = new Map<Locale, Promise<GlobalErrorMessages>>();

function load(locale: Locale): Promise<GlobalErrorMessages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = loaders[locale]().then((catalogue) => catalogue.default.globalError);
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * The texts of the pages shown when the root layout itself failed or the database is away:
 * no provider may exist then, so the language comes from the address. Suspends until that
 * language's catalogue has loaded.
 */
export function useGlobalErrorMessages(pathname: string): GlobalErrorMessages {
  return use(load(splitLocalePath(pathname).locale));
}
