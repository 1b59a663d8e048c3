import "server-only";
import { findPractitionerCards, type PractitionerCardRow } from "./queries";

export type PractitionerCard = PractitionerCardRow;

/** Public cards of verified practitioners, in the order of `ids`; others are left out. */
export async function getPractitionerCards(ids: readonly string[]): Promise<PractitionerCard[]> {
  const byId = new Map((await findPractitionerCards(ids)).map((card) => [card.id, card]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
