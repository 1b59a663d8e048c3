import "server-only";
import type { Actor } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db-transaction";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { todayIn } from "./agenda-range";
import { findOwnPatients, insertMergedReads } from "./queries";
import { birthDateOf, type OwnPatientsQuery } from "./schemas";

/**
 * The agenda's own patients matching a name (accents and case ignored) or a birth date:
 * those with an appointment with this practitioner or created by the practice, never the
 * platform's other patients. For the API and for booking by the practice. Each patient
 * listed is a staff read (VIEW_PROFILE, merged per day).
 */
export type OwnPatientHit = Awaited<ReturnType<typeof searchOwnPatients>>["patients"][number];

export async function searchOwnPatients(actor: Actor, query: OwnPatientsQuery, now: Date) {
  const calendar = await requireCalendar(actor, "view", query.practitionerId);
  const birthDate = birthDateOf(query.q);
  const match = birthDate ? { birthDate } : { name: query.q };
  const rows = await inTransaction(async (tx) => {
    const found = await findOwnPatients(tx, calendar.practitionerId, match);
    await insertMergedReads(tx, {
      actorId: actor.id,
      practitionerId: calendar.practitionerId,
      action: "VIEW_PROFILE",
      day: todayIn(calendar.timeZone, now),
      patientIds: found.map((patient) => patient.id),
    });
    return found;
  });
  return {
    patients: rows.map((patient) => ({
      id: patient.id,
      firstName: patient.firstName ?? "",
      lastName: patient.lastName ?? "",
      birthDate: patient.birthDate?.toISOString().slice(0, 10) ?? null,
      phone: patient.phone,
    })),
  };
}
