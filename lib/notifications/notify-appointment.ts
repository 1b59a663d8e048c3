import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkedMail } from "@/lib/mail/enqueue-mail";
import { insertOutboxMail, type NewOutboxMail } from "@/lib/mail/outbox";
import {
  composeAppointmentMail,
  type AppointmentMailKind,
  type AppointmentNotice,
} from "./appointment-mail";

/**
 * Queues the mail about an appointment change in the transaction that makes the change:
 * rolled back together, or sent (once: the dedupe key) by the worker.
 */
export async function notifyAppointment(
  tx: Prisma.TransactionClient,
  kind: AppointmentMailKind,
  notice: AppointmentNotice,
  now: Date,
): Promise<void> {
  await insertOutboxMail(tx, appointmentMail(kind, notice, now));
}

/** The outbox row of that mail, for a change written in one statement with it. */
export function appointmentMail(
  kind: AppointmentMailKind,
  notice: AppointmentNotice,
  now: Date,
): NewOutboxMail {
  return checkedMail(composeAppointmentMail(kind, notice, now));
}
