import "server-only";
import { loadAppointmentNotices } from "@/lib/appointments/appointment-notice";
import type { PrismaClient } from "@/lib/db-client";
import { notifyAppointment } from "./notify-appointment";
import { claimDueReminders } from "./queries";

/**
 * Queues the reminder of every appointment starting within 24 hours, once: the claim and
 * the mails commit together, and each mail has a dedupe key. The outbox worker calls this
 * between rounds, with its own database client. Returns how many were queued.
 */
export async function enqueueDueReminders(
  client: PrismaClient,
  now = new Date(),
  limit = 200,
): Promise<number> {
  return client.$transaction(
    async (tx) => {
      const due = await claimDueReminders(tx, now, limit);
      for (const notice of await loadAppointmentNotices(tx, due)) {
        await notifyAppointment(tx, "reminder", notice, now);
      }
      return due.length;
    },
    { timeout: 60_000 },
  );
}
