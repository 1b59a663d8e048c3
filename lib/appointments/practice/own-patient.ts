import "server-only";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/patients/assert-patient-area";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { findOwnPatient, type OwnPatientRow } from "./queries";

export type OwnPatient = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  phone: string | null;
};

/** One own patient, chosen from the search; anyone else's is not found. */
export async function getOwnPatient(
  actor: Actor,
  practitionerId: string | undefined,
  patientId: unknown,
): Promise<OwnPatient> {
  const calendar = await requireCalendar(actor, "manage", practitionerId);
  const row = await findOwnPatient(calendar.practitionerId, parseId(patientId));
  if (!row) throw new AppError("NOT_FOUND");
  return toOwnPatient(row);
}

function toOwnPatient(row: OwnPatientRow): OwnPatient {
  return {
    id: row.id,
    firstName: row.firstName ?? "",
    lastName: row.lastName ?? "",
    birthDate: row.birthDate?.toISOString().slice(0, 10) ?? null,
    phone: row.phone,
  };
}
