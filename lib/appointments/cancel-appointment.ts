import "server-only";
import { inTransaction } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { notifyAppointment } from "@/lib/notifications/notify-appointment";
import { assertPatientArea, parseId } from "@/lib/patients/assert-patient-area";
import type { Actor } from "@/lib/patients/policy";
import { noticeOfStored, recipientOf } from "./appointment-notice";
import { toAppointmentView, type AppointmentView } from "./appointment-view";
import { changeRefusal } from "./policy";
import { cancelBookedAppointment, findOwnedAppointment } from "./queries";

/**
 * Cancels one of the account's appointments, until the practitioner's cancellation
 * deadline; the slot is free again at once (the exclusion constraint ignores cancelled
 * rows) and the cancellation mail is queued in the same transaction.
 */
export async function cancelAppointment(
  actor: Actor,
  appointmentId: unknown,
  now = new Date(),
): Promise<AppointmentView> {
  assertPatientArea(actor);
  const id = parseId(appointmentId);
  const row = await findOwnedAppointment(actor.id, id);
  if (!row) throw new AppError("NOT_FOUND");
  const refusal = changeRefusal(row, row.practitioner.cancellationDeadlineHours, now);
  if (refusal) throw new AppError(refusal);

  const cancelled = await inTransaction(async (tx) => {
    // Conditional on still being booked: a parallel cancel or reschedule wins only once.
    if (!(await cancelBookedAppointment(tx, id, actor.id, now))) return false;
    const recipient = recipientOf(row);
    if (recipient) {
      const notice = await noticeOfStored({ ...row, status: "CANCELLED" }, recipient, tx);
      await notifyAppointment(tx, "cancellation", notice, now);
    }
    return true;
  });
  if (!cancelled) throw new AppError("CONFLICT");
  return toAppointmentView({ ...row, status: "CANCELLED" });
}
