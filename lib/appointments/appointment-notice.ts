import "server-only";
import type { AppointmentNotice } from "@/lib/notifications/appointment-mail";
import type { AppointmentRecord } from "./appointment-view";
import { changeDeadline } from "./policy";
import { findAppointmentForNotice, findCalendarIdentity, type Tx } from "./queries";

// What a mail needs of an appointment: the practitioner by name only (no title), the
// address only (a practice's name can give its specialty away), the relative's name when
// the appointment is not for the account holder.
export function toAppointmentNotice(
  record: AppointmentRecord,
  recipient: string,
  calendar: AppointmentNotice["calendar"],
): AppointmentNotice {
  const { practitioner, patient, location } = record;
  const relativeName =
    patient.relationship === "SELF"
      ? null
      : [patient.firstName, patient.lastName].filter(Boolean).join(" ") || null;
  return {
    appointmentId: record.id,
    recipient,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    timeZone: practitioner.timeZone,
    practitionerName: `${practitioner.firstName} ${practitioner.lastName}`,
    address: location && `${location.address}, ${location.postcode} ${location.city}`,
    relativeName,
    changeableUntil: changeDeadline(record.startsAt, practitioner.cancellationDeadlineHours),
    calendar,
  };
}

/** The notice for a stored appointment, read in the caller's transaction (worker, changes). */
export async function loadAppointmentNotice(tx: Tx, id: string): Promise<AppointmentNotice | null> {
  const row = await findAppointmentForNotice(tx, id);
  const recipient = row?.patient.owner?.email;
  if (!row || !recipient) return null;
  return noticeOfStored(row, recipient, tx);
}

/**
 * The notice of an appointment already read, as the calendar knows it: one event per
 * reschedule chain, its SEQUENCE counting the moves, plus one when it is cancelled.
 */
export async function noticeOfStored(
  row: AppointmentRecord,
  recipient: string,
  tx?: Tx,
): Promise<AppointmentNotice> {
  const { rootId, moves } = await findCalendarIdentity(row.id, tx);
  const sequence = moves + (row.status === "CANCELLED" ? 1 : 0);
  return toAppointmentNotice(row, recipient, { rootId, sequence });
}
