import "server-only";
import { insertAccessLogEntry } from "./queries";
import { accessEntrySchema, type AccessEntry } from "./schemas";

/**
 * Records one staff read of a patient's data, in the transaction that reads it: if the entry
 * cannot be written the read fails too, so no staff read goes untraced. Every staff view of
 * a profile or an appointment calls this; the patient sees the entries under "Accès à mes
 * données".
 */
export async function recordAccess(
  tx: Parameters<typeof insertAccessLogEntry>[0],
  entry: AccessEntry,
): Promise<void> {
  await insertAccessLogEntry(tx, accessEntrySchema.parse(entry));
}
