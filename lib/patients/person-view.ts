import type { Relationship } from "./limits";

// What pages show of a person on the account: dates as "AAAA-MM-JJ" for date inputs.
export type PersonView = {
  id: string;
  relationship: Relationship;
  firstName: string;
  lastName: string;
  birthDate: string;
  phone: string | null;
};

type PersonRecord = {
  id: string;
  relationship: Relationship;
  firstName: string | null;
  lastName: string | null;
  birthDate: Date | null;
  phone: string | null;
};

export function toPersonView(row: PersonRecord): PersonView {
  return {
    id: row.id,
    relationship: row.relationship,
    firstName: row.firstName ?? "",
    lastName: row.lastName ?? "",
    birthDate: row.birthDate?.toISOString().slice(0, 10) ?? "",
    phone: row.phone,
  };
}
