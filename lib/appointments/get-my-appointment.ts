import "server-only";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { appointmentIcs } from "@/lib/notifications/appointment-mail";
import { assertPatientArea, parseId } from "@/lib/patients/assert-patient-area";
import type { Actor } from "@/lib/patients/policy";
import { noticeOfStored, recipientOf } from "./appointment-notice";
import { toAppointmentView, type AppointmentView } from "./appointment-view";
import { findOwnedAppointment, type AppointmentRow } from "./queries";

async function findMine(actor: Actor, appointmentId: unknown): Promise<AppointmentRow> {
  assertPatientArea(actor);
  const row = await findOwnedAppointment(actor.id, parseId(appointmentId));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** One appointment of the account; someone else's or a malformed id is not found. */
export async function getMyAppointment(
  actor: Actor,
  appointmentId: unknown,
): Promise<AppointmentView> {
  return toAppointmentView(await findMine(actor, appointmentId));
}

/** The "add to my calendar" link: the appointment as a neutral .ics file. */
export async function getMyAppointmentCalendar(
  actor: Actor,
  appointmentId: unknown,
  now = new Date(),
): Promise<string> {
  const row = await findMine(actor, appointmentId);
  const notice = await noticeOfStored(
    row,
    recipientOf(row) ?? { email: "", locale: DEFAULT_LOCALE },
  );
  return appointmentIcs(notice, "PUBLISH", now, row.status === "CANCELLED");
}
