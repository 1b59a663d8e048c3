// Folds text the way people type it: no case, no accents, no punctuation, single spaces.
// "Saint-Étienne", "st etienne" and "SAINT ETIENNE" all fold to "saint etienne". Pure and
// client-safe; the database side uses praxis_unaccent(lower(…)) to the same effect.

const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };
const ABBREVIATIONS: Record<string, string> = { st: "saint", ste: "sainte" };

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[œæß]/g, (letter) => LIGATURES[letter])
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ");
}

/** Edit distance (insertions, deletions, substitutions), giving up past `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
