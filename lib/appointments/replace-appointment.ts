import "server-only";
import type { Slot } from "@/lib/availability/types";
import { inTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { notifyAppointment } from "@/lib/notifications/notify-appointment";
import { toAppointmentNotice, type Recipient } from "./appointment-notice";
import type { AppointmentRecord } from "./appointment-view";
import type { StoredResponse } from "./idempotency";
import { toNewAppointment } from "./new-appointment";
import { cancelBookedAppointment, findCalendarIdentity, insertAppointment } from "./queries";

export type Replacement = {
  /** The appointment being moved, still booked. */
  old: { id: string; startsAt: Date };
  /** The new appointment: rescheduledFromId names the old one. */
  record: AppointmentRecord;
  offered: { slot: Slot; blockedUntil: Date };
  /** Who moves it: cancels the old, books the new (and owns the idempotency key). */
  actorId: string;
  idempotency?: { key: string; requestHash: string; response: StoredResponse<unknown> };
  /** Who is told; null when nobody can be written to. */
  recipient: Recipient | null;
  now: Date;
  /** More writes of the same transaction (an access-log entry). */
  alongside?: (tx: Tx) => Promise<void>;
};

/**
 * A move, whoever makes it (the patient online, the practice): the new appointment is
 * booked and the old one cancelled in one transaction, with the reschedule mail, so the
 * patient keeps exactly one appointment whatever fails. The insert meets the exclusion
 * constraint behind the practitioner's advisory lock (queries.ts): a taken time fails with
 * 23P01, a second move of the same appointment with 23505 (rescheduled_from_id is unique),
 * an appointment no longer booked with CONFLICT. Callers map those for their own answer.
 */
export async function replaceAppointment(replacement: Replacement): Promise<void> {
  const { old, record, actorId, recipient, now } = replacement;
  await inTransaction(async (tx) => {
    if (!(await cancelBookedAppointment(tx, old.id, actorId, now))) throw new AppError("CONFLICT");
    await insertAppointment(
      tx,
      toNewAppointment(record, replacement.offered, actorId, replacement.idempotency),
    );
    if (recipient) {
      const { rootId, moves } = await findCalendarIdentity(record.id, tx);
      const notice = toAppointmentNotice(record, recipient, { rootId, sequence: moves });
      await notifyAppointment(tx, "reschedule", { ...notice, previousStartsAt: old.startsAt }, now);
    }
    await replacement.alongside?.(tx);
  });
}
