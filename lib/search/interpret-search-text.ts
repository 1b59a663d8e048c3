import type { SearchText } from "./parse-search-text";

// Decides what the search box means, from how well the text and each of its words match
// each specialty's names and synonyms (trigram word similarity, 0 to 1, computed by the
// database). Pure, so the thresholds below are unit-tested.

/** Best similarity of one specialty's terms with the whole text and with each token. */
export type SpecialtyScore = { specialtyId: string; score: number; tokenScores: number[] };

export type TextMatch =
  /** Specialty words only ("cardiologue", "dermato"): that specialty, or a name that close. */
  | { kind: "specialty-or-name"; specialties: ScoredSpecialty[]; name: string }
  /** Specialty words and other words ("cardiologue martin"): both must match. */
  | { kind: "specialty-and-name"; specialties: ScoredSpecialty[]; name: string }
  /** No specialty is close ("Dr Lefevre"): a name. */
  | { kind: "name"; name: string };

export type ScoredSpecialty = { specialtyId: string; score: number };

// Below this a specialty is not what was meant ("cardiolgue" still scores about 0.65).
const MIN_SPECIALTY_SCORE = 0.5;
// Specialties within this of the best also match: "psy" means psychiatre and psychologue,
// while "psychiatre" (psychologue scores 0.75 through its synonym "psy") means one of them.
const SPECIALTY_SCORE_MARGIN = 0.15;
// A word this close to a matched specialty's term is a specialty word, not part of a name.
const SPECIALTY_WORD_SCORE = 0.8;

export function interpretSearchText(
  text: SearchText,
  scores: readonly SpecialtyScore[],
): TextMatch {
  const best = Math.max(0, ...scores.map((entry) => entry.score));
  const matched = scores.filter(
    (entry) => entry.score >= MIN_SPECIALTY_SCORE && entry.score >= best - SPECIALTY_SCORE_MARGIN,
  );
  const wholeText = text.tokens.join(" ");
  if (matched.length === 0) return { kind: "name", name: wholeText };

  const specialties = matched
    .map(({ specialtyId, score }) => ({ specialtyId, score }))
    .sort((a, b) => b.score - a.score || (a.specialtyId < b.specialtyId ? -1 : 1));
  const otherWords = text.tokens.filter(
    (_, index) => !matched.some((entry) => (entry.tokenScores[index] ?? 0) >= SPECIALTY_WORD_SCORE),
  );
  const someSpecialtyWord = otherWords.length < text.tokens.length;
  // "Dr Denis" is a person, even though "denis" looks a little like "dents" (a dentist).
  if (!someSpecialtyWord && text.titled) return { kind: "name", name: wholeText };
  if (someSpecialtyWord && otherWords.length > 0) {
    return { kind: "specialty-and-name", specialties, name: otherWords.join(" ") };
  }
  return { kind: "specialty-or-name", specialties, name: wholeText };
}
