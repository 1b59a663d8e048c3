import "server-only";
import { db } from "@/lib/db";
import type { CspReportKey } from "./schemas";

// One atomic INSERT … ON CONFLICT DO UPDATE per key, so concurrent reports never lose counts.
export async function incrementCspReport(
  day: Date,
  key: CspReportKey,
  count: number,
  seenAt: Date,
): Promise<void> {
  await db.cspReport.upsert({
    where: { day_directive_blockedHost_documentPath: { day, ...key } },
    create: { day, ...key, count, firstSeenAt: seenAt, lastSeenAt: seenAt },
    update: { count: { increment: count }, lastSeenAt: seenAt },
  });
}
