import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { assertPatientArea } from "./assert-patient-area";
import { toPersonView, type PersonView } from "./person-view";
import { findSelfProfile, listRelatives } from "./queries";

// Accounts have no language of their own yet: until the column exists, every account is
// French, from this one constant (the engineer adding the locale column replaces it).
export const ACCOUNT_LANGUAGE_UNTIL_STORED = "fr";

type Person = Omit<PersonView, "phone" | "birthDate"> & { birthDate: string | null };

export type MyAccount = {
  id: string;
  email: string;
  language: typeof ACCOUNT_LANGUAGE_UNTIL_STORED;
  holder: Person | null;
  relatives: Person[];
};

/** Who the account books for: the holder and their relatives, with the ids to book with. */
export async function getMyAccount(actor: SessionUser): Promise<MyAccount> {
  assertPatientArea(actor);
  const [holder, relatives] = await Promise.all([
    findSelfProfile(actor.id),
    listRelatives(actor.id),
  ]);
  return {
    id: actor.id,
    email: actor.email,
    language: ACCOUNT_LANGUAGE_UNTIL_STORED,
    holder: holder && toPerson(holder),
    relatives: relatives.map(toPerson),
  };
}

function toPerson(row: Parameters<typeof toPersonView>[0]): Person {
  const { id, relationship, firstName, lastName, birthDate } = toPersonView(row);
  return { id, relationship, firstName, lastName, birthDate: birthDate || null };
}
