import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { specialtyName } from "@/lib/practitioners/specialty-name";
import { interpretSearchText, type SpecialtyScore, type TextMatch } from "./interpret-search-text";
import { parseSearchText } from "./parse-search-text";
import { scoreSpecialtyTerms } from "./queries";

export type MatchedText = {
  match: TextMatch;
  /** The specialties the text was read as, best first, to say so on the page. */
  specialties: { slug: string; name: string }[];
};

/**
 * What the search box asks for, or null when nothing searchable was typed. The text may be
 * in any language; the specialties it was read as are named in `locale`.
 */
export async function matchSearchText(
  text: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<MatchedText | null> {
  const parsed = parseSearchText(text);
  if (!parsed) return null;
  const rows = await scoreSpecialtyTerms([parsed.folded, ...parsed.tokens]);
  const bySpecialty = new Map<string, SpecialtyScore & { slug: string; name: string }>();
  for (const row of rows) {
    const entry = bySpecialty.get(row.specialtyId) ?? {
      specialtyId: row.specialtyId,
      slug: row.slug,
      name: specialtyName(row.names, locale),
      score: 0,
      tokenScores: parsed.tokens.map(() => 0),
    };
    if (row.textIndex === 0) entry.score = row.score;
    else entry.tokenScores[row.textIndex - 1] = row.score;
    bySpecialty.set(row.specialtyId, entry);
  }
  const match = interpretSearchText(parsed, [...bySpecialty.values()]);
  const specialties =
    match.kind === "name"
      ? []
      : match.specialties.flatMap(({ specialtyId }) => {
          const entry = bySpecialty.get(specialtyId);
          return entry ? [{ slug: entry.slug, name: entry.name }] : [];
        });
  return { match, specialties };
}
