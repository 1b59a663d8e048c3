import "server-only";
import { asLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { AppointmentNotice } from "@/lib/notifications/appointment-mail";
import type { AppointmentRecord } from "./appointment-view";
import { changeDeadline } from "./policy";
import {
  findAppointmentsForNotice,
  findCalendarIdentities,
  findCalendarIdentity,
  type AppointmentRow,
  type CalendarIdentity,
  type Tx,
} from "./queries";

/**
 * Who is written to about an appointment, and in which language. A patient the practice
 * booked without an account gets the practice's language (French) and no link to an area
 * they cannot enter.
 */
export type Recipient = { email: string; locale: Locale; withoutAccount?: boolean };

/**
 * The account holder of a stored appointment, else the address the practice noted for a
 * patient without an account, or null when there is neither.
 */
export function recipientOf(row: AppointmentRow): Recipient | null {
  return recipientOfPatient(row.patient);
}

/** recipientOf for a patient read on its own. */
export function recipientOfPatient(patient: {
  owner: { email: string | null; locale: string } | null;
  email: string | null;
}): Recipient | null {
  const { owner } = patient;
  if (owner) return owner.email ? { email: owner.email, locale: asLocale(owner.locale) } : null;
  return patient.email
    ? { email: patient.email, locale: DEFAULT_LOCALE, withoutAccount: true }
    : null;
}

// What a mail needs of an appointment: the practitioner by name only (no title), the
// address only (a practice's name can give its specialty away), the relative's name when
// the appointment is not for the account holder.
export function toAppointmentNotice(
  record: AppointmentRecord,
  recipient: Recipient,
  calendar: AppointmentNotice["calendar"],
): AppointmentNotice {
  const { practitioner, patient, location } = record;
  const relativeName =
    patient.relationship === "SELF"
      ? null
      : [patient.firstName, patient.lastName].filter(Boolean).join(" ") || null;
  return {
    appointmentId: record.id,
    recipient: recipient.email,
    locale: recipient.locale,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    timeZone: practitioner.timeZone,
    practitionerName: `${practitioner.firstName} ${practitioner.lastName}`,
    address: location && `${location.address}, ${location.postcode} ${location.city}`,
    relativeName,
    changeableUntil: changeDeadline(record.startsAt, practitioner.cancellationDeadlineHours),
    calendar,
    ...(recipient.withoutAccount && { withoutAccount: true }),
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
    const recipient = recipientOf(row);
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
  recipient: Recipient,
  tx?: Tx,
): Promise<AppointmentNotice> {
  return noticeWith(row, recipient, await findCalendarIdentity(row.id, tx));
}

function noticeWith(
  row: AppointmentRecord,
  recipient: Recipient,
  { rootId, moves }: CalendarIdentity,
): AppointmentNotice {
  const sequence = moves + (row.status === "CANCELLED" ? 1 : 0);
  return toAppointmentNotice(row, recipient, { rootId, sequence });
}
