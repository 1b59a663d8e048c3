import "server-only";
import type { Actor } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { statusChangeRefusal } from "./policy";
import {
  toPracticeAppointmentView,
  type PracticeAppointmentView,
} from "./practice-appointment-view";
import { updateAppointmentStatus } from "./queries";
import { reachAppointment } from "./reach-appointment";
import { recordUpdate } from "./record-update";
import type { StatusChangeInput } from "./schemas";

/**
 * Marks an appointment arrived, seen or missed (excused or not), or undoes a mark the same
 * day; who and when are recorded. The update is conditional on the status read, so two
 * desks clicking at once cannot both apply a change based on a stale state.
 */
export async function changeAppointmentStatus(
  actor: Actor,
  appointmentId: unknown,
  input: StatusChangeInput,
  now = new Date(),
): Promise<PracticeAppointmentView> {
  const { row, calendar } = await reachAppointment(actor, appointmentId, "manage");
  const refusal = statusChangeRefusal(row, input.status, { now, timeZone: calendar.timeZone });
  if (refusal) {
    throw new AppError("CONFLICT", { messageKey: `appointmentPanel.refusals.${refusal}` });
  }
  const excused = input.status === "NO_SHOW" ? (input.excused ?? false) : null;
  await inTransaction(async (tx) => {
    const change = {
      id: row.id,
      from: row.status,
      to: input.status,
      excused,
      actorId: actor.id,
      now,
    };
    if (!(await updateAppointmentStatus(tx, change))) throw new AppError("CONFLICT");
    await recordUpdate(tx, {
      actorId: actor.id,
      patientId: row.patient.id,
      practitionerId: row.practitioner.id,
      appointmentId: row.id,
    });
  });
  return toPracticeAppointmentView({ ...row, status: input.status, noShowExcused: excused });
}
