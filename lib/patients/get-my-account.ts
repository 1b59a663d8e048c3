import "server-only";
import { getAccountLocale } from "@/lib/auth/account-locale";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { assertPatientArea } from "./assert-patient-area";
import { toPersonView, type PersonView } from "./person-view";
import { findSelfProfile, listRelatives } from "./queries";

type Person = Omit<PersonView, "phone" | "birthDate"> & { birthDate: string | null };

export type MyAccount = {
  id: string;
  email: string;
  /** The account's language (users.locale): its mails and calendar files are written in it. */
  language: Locale;
  holder: Person | null;
  relatives: Person[];
};

/** Who the account books for: the holder and their relatives, with the ids to book with. */
export async function getMyAccount(actor: SessionUser): Promise<MyAccount> {
  assertPatientArea(actor);
  const [holder, relatives, language] = await Promise.all([
    findSelfProfile(actor.id),
    listRelatives(actor.id),
    getAccountLocale(actor),
  ]);
  return {
    id: actor.id,
    email: actor.email,
    language,
    holder: holder && toPerson(holder),
    relatives: relatives.map(toPerson),
  };
}

function toPerson(row: Parameters<typeof toPersonView>[0]): Person {
  const { id, relationship, firstName, lastName, birthDate } = toPersonView(row);
  return { id, relationship, firstName, lastName, birthDate: birthDate || null };
}
