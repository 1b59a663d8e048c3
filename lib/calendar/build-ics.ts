import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalCalendar,
} from "ical-generator";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// iCalendar (RFC 5545) files written with ical-generator (escaping, folding, line ends),
// neutral by design: the patient's file is always titled with the catalogue's
// "calendar.title" (a medical appointment), in the account holder's language, and nothing
// names a specialty, a reason for the visit or a practitioner's title, because calendars
// sync to third-party servers and show on lock screens. Times are written in UTC ("…Z"),
// which every calendar program converts; no time-zone definition is needed, so nothing is
// looked up anywhere (see docs/decisions/0011-ical-generator-for-calendar-files.md).

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

const METHODS: Record<IcsMethod, ICalCalendarMethod> = {
  PUBLISH: ICalCalendarMethod.PUBLISH,
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
};

/** A calendar with Praxis's product id; `method` only for files sent or downloaded. */
export function praxisCalendar(options: { method?: IcsMethod; name?: string } = {}): ICalCalendar {
  return ical({
    prodId: "//Praxis//Rendez-vous//FR",
    scale: "GREGORIAN",
    ...(options.method && { method: METHODS[options.method] }),
    ...(options.name && { name: options.name }),
  });
}

/** The calendar's text with a line break after its last line too, as RFC 5545 wants. */
export function icsText(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

/** One patient appointment: a mail's invitation (REQUEST, CANCEL) or a download (PUBLISH). */
export function buildIcs(locale: Locale, event: IcsEvent, method: IcsMethod, now: Date): string {
  const t = translatorFor(locale);
  const invitation = method !== "PUBLISH";
  const calendar = praxisCalendar({ method });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp: now,
    start: event.startsAt,
    end: event.endsAt,
    summary: t("calendar.title"),
    description: t("calendar.manage", { url: event.manageUrl }),
    location: event.location,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.OPAQUE,
    ...(invitation &&
      event.organizerEmail && { organizer: { name: "Praxis", email: event.organizerEmail } }),
    ...(invitation &&
      event.attendeeEmail && {
        attendees: [
          {
            email: event.attendeeEmail,
            role: ICalAttendeeRole.REQ,
            status: ICalAttendeeStatus.ACCEPTED,
          },
        ],
      }),
  });
  return icsText(calendar);
}
