import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// iCalendar (RFC 5545) files for an appointment, neutral by design: the title is always
// the catalogue's "calendar.title" (a medical appointment), in the account holder's
// language, and nothing names a specialty, a reason for the visit or a
// practitioner's title, because calendars sync to third-party servers and show on lock
// screens. Times are written in UTC ("…Z"), which every calendar program converts.

export type IcsMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export type IcsEvent = {
  /** Stable for the life of the appointment, across reschedules. */
  uid: string;
  /** Grows with every change (reschedule, cancellation) so programs apply the latest. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** One line: street, postcode and city. */
  location: string | null;
  /** Where the patient manages the appointment. */
  manageUrl: string;
  cancelled: boolean;
  /** Required by iTIP (REQUEST, CANCEL): who sends the invitation and who receives it. */
  organizerEmail?: string;
  attendeeEmail?: string;
};

export function buildIcs(locale: Locale, event: IcsEvent, method: IcsMethod, now: Date): string {
  const t = translatorFor(locale);
  const invitation = method !== "PUBLISH";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Praxis//Rendez-vous//FR",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(t("calendar.title"))}`,
    `DESCRIPTION:${escapeText(t("calendar.manage", { url: event.manageUrl }))}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    ...(invitation && event.organizerEmail
      ? [`ORGANIZER;CN=Praxis:mailto:${event.organizerEmail}`]
      : []),
    ...(invitation && event.attendeeEmail
      ? [`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${event.attendeeEmail}`]
      : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** 20260303T133000Z */
function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

// Lines longer than 75 octets continue on the next line after a space (§3.1), cut between
// characters, never inside a UTF-8 sequence.
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let currentBytes = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = "";
      currentBytes = 0;
    }
    current += character;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
