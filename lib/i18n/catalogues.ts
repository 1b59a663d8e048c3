import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./locales";

/** The catalogues, French being the reference every other language must match key for key. */
export type Messages = typeof fr;

export const CATALOGUES: Record<Locale, Messages> = { fr, en, de };
