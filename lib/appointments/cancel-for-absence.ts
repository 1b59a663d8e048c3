import "server-only";
import { notifyAppointment } from "@/lib/notifications/notify-appointment";
import { loadAppointmentNotices } from "./appointment-notice";
import { cancelPractitionerAppointments, type Tx } from "./queries";

/**
 * The practice cancels appointments (its practitioner will be away), in the caller's
 * transaction: each account holder gets the usual cancellation mail, which names neither
 * motive nor specialty. The caller has authorised the actor on the practitioner's agenda.
 */
export async function cancelAppointmentsForAbsence(
  tx: Tx,
  change: { practitionerId: string; ids: readonly string[]; cancelledById: string; now: Date },
): Promise<string[]> {
  const cancelled = await cancelPractitionerAppointments(tx, change);
  for (const notice of await loadAppointmentNotices(tx, cancelled)) {
    await notifyAppointment(tx, "cancellation", notice, change.now);
  }
  return cancelled;
}
