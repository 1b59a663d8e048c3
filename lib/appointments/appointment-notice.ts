import "server-only";
import type { AppointmentNotice } from "@/lib/notifications/appointment-mail";
import type { AppointmentRecord } from "./appointment-view";
import { changeDeadline } from "./policy";
import {
  findAppointmentsForNotice,
  findCalendarIdentities,
  findCalendarIdentity,
  type CalendarIdentity,
  type Tx,
} from "./queries";

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

/**
 * The notices of stored appointments, read in the caller's transaction in two statements
 * whatever their number (the reminder worker takes 200 at a time). Appointments whose
 * account has no address any more are left out.
 */
export async function loadAppointmentNotices(
  tx: Tx,
  ids: readonly string[],
): Promise<AppointmentNotice[]> {
  // One after the other: a transaction's statements share one connection.
  const rows = await findAppointmentsForNotice(tx, ids);
  const identities = await findCalendarIdentities(ids, tx);
  return rows.flatMap((row) => {
    const recipient = row.patient.owner?.email;
    const identity = identities.get(row.id);
    return recipient && identity ? [noticeWith(row, recipient, identity)] : [];
  });
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
  return noticeWith(row, recipient, await findCalendarIdentity(row.id, tx));
}

function noticeWith(
  row: AppointmentRecord,
  recipient: string,
  { rootId, moves }: CalendarIdentity,
): AppointmentNotice {
  const sequence = moves + (row.status === "CANCELLED" ? 1 : 0);
  return toAppointmentNotice(row, recipient, { rootId, sequence });
}
