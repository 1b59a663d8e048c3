import { foldText } from "@/lib/places/fold-text";

// The search box, as the database will match it: folded (no case, accents or punctuation,
// like praxis_unaccent(lower(…)) in SQL), a courtesy title dropped ("Dr Lefevre" is a name
// search for Lefevre) and filler words set aside. Pure and client-safe.

export type SearchText = {
  /** Everything typed, folded, title dropped. */
  folded: string;
  /** The words that can match a specialty or a name, in order. */
  tokens: string[];
  /** A title was typed, so the words that follow are most likely a name. */
  titled: boolean;
};

// prettier-ignore
const TITLES = new Set([
  "dr", "docteur", "doctoresse", "pr", "professeur", "mme", "madame", "mlle", "m", "mr", "monsieur",
]);
// prettier-ignore
const FILLER_WORDS = new Set([
  "a", "au", "aux", "chez", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour",
  "un", "une",
]);
// Beyond a few words a query is a sentence, not a search; the rest adds nothing but cost.
const MAX_WORDS = 6;

/** Null when nothing searchable is left ("", "   ", "de la", "--"). */
export function parseSearchText(text: string): SearchText | null {
  const words = foldText(text).split(" ").filter(Boolean).slice(0, MAX_WORDS);
  let titled = false;
  // "Docteur" alone is what people call a GP (a specialty synonym); before a name it is a title.
  while (words.length > 1 && TITLES.has(words[0])) {
    words.shift();
    titled = true;
  }
  const tokens = words.filter((word) => !FILLER_WORDS.has(word));
  if (tokens.length === 0) return null;
  return { folded: words.join(" "), tokens, titled };
}
