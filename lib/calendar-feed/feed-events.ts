import { createHash } from "node:crypto";
import { ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { icsText, praxisCalendar } from "@/lib/calendar/build-ics";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// The private feed's text: one event per appointment, titled "Rendez-vous Praxis" in the
// subscriber's language with the time and the practice only. These feeds end up on other
// companies' servers (Google, Apple, Microsoft), so no patient name and no motive ever;
// the patient's initials only when the subscriber opted in. Pure, so it is unit-tested.

export type FeedAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  /** When the row last changed: the event's DTSTAMP, so the text only changes with the data. */
  updatedAt: Date;
  /** The practice's name and address, one line; null when the appointment has no place. */
  practice: string | null;
  patient: PatientName;
};

/** Null once the patient was pseudonymised (account deleted, record kept by the practice). */
type PatientName = { firstName: string | null; lastName: string | null };

/** "Camille Durand" → "C. D."; letters only, so no markup or stray text gets through. */
export function patientInitials(patient: PatientName): string {
  return [patient.firstName, patient.lastName]
    .map((name) => /\p{L}/u.exec(name?.normalize("NFC") ?? "")?.[0]?.toLocaleUpperCase())
    .filter(Boolean)
    .map((initial) => `${initial}.`)
    .join(" ");
}

export function buildFeedIcs(
  locale: Locale,
  appointments: FeedAppointment[],
  options: { showInitials: boolean },
): string {
  const t = translatorFor(locale);
  const calendar = praxisCalendar({ name: t("calendarFeed.calendarName") });
  for (const appointment of appointments) {
    const initials = options.showInitials ? patientInitials(appointment.patient) : "";
    calendar.createEvent({
      id: `${appointment.id}@praxis-agenda`,
      stamp: appointment.updatedAt,
      start: appointment.startsAt,
      end: appointment.endsAt,
      summary: initials
        ? t("calendarFeed.event.titleWithInitials", { initials })
        : t("calendarFeed.event.title"),
      location: appointment.practice,
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.OPAQUE,
    });
  }
  return icsText(calendar);
}

/** A strong validator of the feed's exact text: calendar apps poll, most polls get a 304. */
export function feedEtag(ics: string): string {
  return `"${createHash("sha256").update(ics).digest("base64url")}"`;
}

/** Whether an If-None-Match header names this ETag (a list, weak forms and "*" included). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((candidate) => candidate.trim().replace(/^W\//, ""))
    .some((candidate) => candidate === "*" || candidate === etag);
}
