import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
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
  await enqueueMail(tx, composeAppointmentMail(kind, notice, now));
}
