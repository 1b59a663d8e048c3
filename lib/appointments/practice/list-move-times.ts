import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getPracticeDayTimes } from "@/lib/availability/get-practice-times";
import { reachAppointment } from "./reach-appointment";

/** The free times of a day (YYYY-MM-DD, practitioner's zone) an appointment may move to. */
export async function listMoveTimes(
  actor: Actor,
  appointmentId: unknown,
  isoDate: string,
  now = new Date(),
): Promise<{ startsAt: Date; endsAt: Date }[]> {
  const { row } = await reachAppointment(actor, appointmentId, "manage");
  return getPracticeDayTimes({
    practitionerId: row.practitioner.id,
    motiveId: row.motive.id,
    isoDate,
    now,
    ignoreAppointmentId: row.id,
  });
}
