import type { Locale } from "@/lib/i18n/locales";
import { formatDayAndTime } from "@/lib/utils/format-date";

/** Where the agenda opens one appointment. */
export const appointmentPath = (id: string) => `/espace-praticien/rendez-vous/${id}`;

/** Appointments as links to their page, named by their day and time in the practitioner's zone. */
export function appointmentLinks(
  appointments: readonly { id: string; startsAt: Date }[],
  locale: Locale,
  timeZone: string,
): { href: string; label: string }[] {
  return appointments.map((appointment) => ({
    href: appointmentPath(appointment.id),
    label: formatDayAndTime(locale, appointment.startsAt, timeZone, true),
  }));
}
