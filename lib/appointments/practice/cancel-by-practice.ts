import "server-only";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { cancelWithNotice } from "../cancel-appointment";
import { isChangeableByPractice } from "./policy";
import {
  toPracticeAppointmentView,
  type PracticeAppointmentView,
} from "./practice-appointment-view";
import { reachAppointment } from "./reach-appointment";
import { recordUpdate } from "./record-update";
import type { PracticeCancelInput } from "./schemas";

/**
 * Cancels a booked appointment for the practice, whatever the online deadline, through the
 * patient's own cancellation: the time is free at once and the patient gets the mail, which
 * says the practice cancelled and carries its message as plain text. The patient's area
 * shows "cancelled by the practice" (cancelled_by is the staff user).
 */
export async function cancelByPractice(
  actor: Actor,
  appointmentId: unknown,
  input: PracticeCancelInput,
  now = new Date(),
): Promise<PracticeAppointmentView> {
  const { row } = await reachAppointment(actor, appointmentId, "manage");
  if (!isChangeableByPractice(row)) {
    throw new AppError("CONFLICT", { messageKey: "appointmentPanel.refusals.NOT_BOOKED" });
  }
  await cancelWithNotice(row, {
    cancelledById: actor.id,
    now,
    byPractice: { message: input.message ?? null },
    alongside: (tx) =>
      recordUpdate(tx, {
        actorId: actor.id,
        patientId: row.patient.id,
        practitionerId: row.practitioner.id,
        appointmentId: row.id,
      }),
  });
  return toPracticeAppointmentView({ ...row, status: "CANCELLED" });
}
