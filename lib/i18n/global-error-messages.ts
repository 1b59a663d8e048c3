import { globalError as de } from "@/messages/de.json";
import { globalError as en } from "@/messages/en.json";
import { globalError as fr } from "@/messages/fr.json";
import { splitLocalePath } from "./locales";

/**
 * The texts of the page shown when the root layout itself failed: no provider exists then,
 * so the language comes from the address. Only this namespace is imported.
 */
export function globalErrorMessages(pathname: string) {
  return { fr, en, de }[splitLocalePath(pathname).locale];
}
