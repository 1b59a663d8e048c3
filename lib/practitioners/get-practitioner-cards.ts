import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { findPractitionerCards, type PractitionerCardRow } from "./queries";
import { specialtyName } from "./specialty-name";

export type PractitionerCard = Omit<PractitionerCardRow, "specialty"> & {
  specialty: { slug: string; name: string };
};

/**
 * Public cards of verified practitioners, in the order of `ids`; others are left out. The
 * specialty is named in the reader's language.
 */
export async function getPractitionerCards(
  ids: readonly string[],
  locale: Locale,
): Promise<PractitionerCard[]> {
  const byId = new Map((await findPractitionerCards(ids)).map((card) => [card.id, card]));
  return ids.flatMap((id) => {
    const card = byId.get(id);
    if (!card) return [];
    const { slug, ...names } = card.specialty;
    return [{ ...card, specialty: { slug, name: specialtyName(names, locale) } }];
  });
}
