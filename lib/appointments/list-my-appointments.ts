import "server-only";
import { assertPatientArea } from "@/lib/patients/assert-patient-area";
import type { Actor } from "@/lib/patients/policy";
import { toAppointmentView, type AppointmentView } from "./appointment-view";
import { isUpcoming } from "./policy";
import { listOwnedAppointments } from "./queries";

export type MyAppointments = {
  /** Booked and ahead, soonest first. */
  upcoming: AppointmentView[];
  /** Everything else (past, cancelled), most recent first. */
  past: AppointmentView[];
};

/** The appointments of everyone on the account: the holder and their relatives. */
export async function listMyAppointments(actor: Actor, now = new Date()): Promise<MyAppointments> {
  assertPatientArea(actor);
  const rows = await listOwnedAppointments(actor.id);
  const upcoming = rows.filter((row) => isUpcoming(row, now));
  const past = rows.filter((row) => !isUpcoming(row, now)).reverse();
  return { upcoming: upcoming.map(toAppointmentView), past: past.map(toAppointmentView) };
}
