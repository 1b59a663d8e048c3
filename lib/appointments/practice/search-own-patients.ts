import "server-only";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/patients/assert-patient-area";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import {
  findOwnPatient,
  searchOwnPatients as findOwnPatients,
  type OwnPatientRow,
} from "./queries";

export type OwnPatientHit = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: Date | null;
  phone: string | null;
};

const MIN_QUERY_LENGTH = 2;
const MAX_QUERY_LENGTH = 100;

/**
 * A practitioner's own patients (records the practice created, people who had an
 * appointment with them) by name or birth date, "JJ/MM/AAAA" or "AAAA-MM-JJ". Never a
 * global directory: nobody else's patient can be found, whatever the query.
 */
export async function searchOwnPatients(
  actor: Actor,
  practitionerId: string | undefined,
  query: string,
): Promise<OwnPatientHit[]> {
  const calendar = await requireCalendar(actor, "manage", practitionerId);
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  const birthDate = parseBirthDate(text);
  const words = text.split(/\s+/).filter(Boolean);
  if (!birthDate && text.length < MIN_QUERY_LENGTH) return [];
  const rows = await findOwnPatients(calendar.practitionerId, { words, birthDate });
  return rows.map(toHit);
}

function parseBirthDate(text: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : [];
  if (!year) return null;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
    ? null
    : date;
}

/** One own patient, chosen from the search; anyone else's is not found. */
export async function getOwnPatient(
  actor: Actor,
  practitionerId: string | undefined,
  patientId: unknown,
): Promise<OwnPatientHit> {
  const calendar = await requireCalendar(actor, "manage", practitionerId);
  const row = await findOwnPatient(calendar.practitionerId, parseId(patientId));
  if (!row) throw new AppError("NOT_FOUND");
  return toHit(row);
}

function toHit(row: OwnPatientRow): OwnPatientHit {
  return {
    id: row.id,
    firstName: row.firstName ?? "",
    lastName: row.lastName ?? "",
    birthDate: row.birthDate,
    phone: row.phone,
  };
}
