import "server-only";
import { inTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { notifyAppointment } from "@/lib/notifications/notify-appointment";
import { assertPatientArea, parseId } from "@/lib/patients/assert-patient-area";
import type { Actor } from "@/lib/patients/policy";
import { noticeOfStored, recipientOf } from "./appointment-notice";
import { toAppointmentView, type AppointmentView } from "./appointment-view";
import { changeRefusal } from "./policy";
import { cancelBookedAppointment, findOwnedAppointment, type AppointmentRow } from "./queries";

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

  await cancelWithNotice(row, { cancelledById: actor.id, now });
  return toAppointmentView({ ...row, status: "CANCELLED" });
}

export type Cancellation = {
  cancelledById: string;
  now: Date;
  /** A cancellation by the practice says so in the mail, with its message if any. */
  byPractice?: { message: string | null };
  /** More writes of the same transaction (an access-log entry). */
  alongside?: (tx: Tx) => Promise<void>;
};

/**
 * Cancels a stored appointment if it is still booked and queues the cancellation mail in
 * the same transaction, whoever cancels it; CONFLICT when it was not booked any more (a
 * parallel cancel or move won).
 */
export async function cancelWithNotice(
  row: AppointmentRow,
  cancellation: Cancellation,
): Promise<void> {
  const { cancelledById, now, byPractice } = cancellation;
  const cancelled = await inTransaction(async (tx) => {
    // Conditional on still being booked: a parallel cancel or reschedule wins only once.
    if (!(await cancelBookedAppointment(tx, row.id, cancelledById, now))) return false;
    const recipient = recipientOf(row);
    if (recipient) {
      const notice = await noticeOfStored({ ...row, status: "CANCELLED" }, recipient, tx);
      await notifyAppointment(tx, "cancellation", { ...notice, byPractice }, now);
    }
    await cancellation.alongside?.(tx);
    return true;
  });
  if (!cancelled) throw new AppError("CONFLICT");
}
