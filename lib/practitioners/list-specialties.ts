import "server-only";
import { findSpecialties } from "./queries";

export type SpecialtyOption = { slug: string; name: string; synonyms: string[] };

/** Every specialty, alphabetically: public reference data for forms and the API. */
export async function listSpecialties(): Promise<SpecialtyOption[]> {
  const rows = await findSpecialties();
  return rows.map(({ slug, nameFr, synonyms }) => ({ slug, name: nameFr, synonyms }));
}
