import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

const REMINDER_LEAD_HOURS = 24;

/**
 * Marks up to `limit` appointments as reminded and returns them: booked, starting within
 * the next 24 hours, not reminded yet, and booked more than 24 hours ahead (a later booking
 * has just had its confirmation). SKIP LOCKED lets two workers share the work without
 * ever taking the same appointment.
 */
export async function claimDueReminders(
  tx: Prisma.TransactionClient,
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE appointments SET reminder_queued_at = ${now}, updated_at = ${now}
    WHERE id IN (
      SELECT id FROM appointments
      WHERE status = 'BOOKED' AND reminder_queued_at IS NULL
        AND starts_at > ${now}
        AND starts_at <= ${now}::timestamptz + ${REMINDER_LEAD_HOURS} * interval '1 hour'
        AND created_at <= starts_at - ${REMINDER_LEAD_HOURS} * interval '1 hour'
      ORDER BY starts_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id::text AS id`;
  return rows.map((row) => row.id);
}
