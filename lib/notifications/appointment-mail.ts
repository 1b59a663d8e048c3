import "server-only";
import { MY_APPOINTMENTS_PATH } from "@/lib/appointments/paths";
import { buildIcs, type IcsMethod } from "@/lib/calendar/build-ics";
import { getEnv } from "@/lib/env";
import { appUrl, renderMail } from "@/lib/mail/render-mail";
import { formatDayAndTime } from "@/lib/utils/format-date-fr";

// The mails about an appointment. They say when and where, and for whom on the account,
// but never why or with what kind of practitioner: no motive, specialty or title, in the
// subject (lock screens, mail-server logs), the body or the attached calendar file.

export type AppointmentMailKind = "confirmation" | "cancellation" | "reschedule" | "reminder";

export type AppointmentNotice = {
  appointmentId: string;
  recipient: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** The practitioner's first and last name, without title. */
  practitionerName: string;
  address: string | null;
  /** Set when the appointment is for a relative rather than the account holder. */
  relativeName: string | null;
  changeableUntil: Date;
  /** Calendar identity: the first appointment of a reschedule chain, and its moves. */
  calendar: { rootId: string; sequence: number };
  /** For a reschedule: when it used to be. */
  previousStartsAt?: Date;
};

const ICS_METHOD: Record<AppointmentMailKind, IcsMethod | null> = {
  confirmation: "REQUEST",
  reschedule: "REQUEST",
  cancellation: "CANCEL",
  reminder: null,
};

export type AppointmentMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
  dedupeKey: string;
};

export function composeAppointmentMail(
  kind: AppointmentMailKind,
  notice: AppointmentNotice,
  now: Date,
): AppointmentMail {
  const when = formatDayAndTime(notice.startsAt, notice.timeZone, false);
  const whenInFull = formatDayAndTime(notice.startsAt, notice.timeZone);
  const forWhom = notice.relativeName ? ` pour ${notice.relativeName}` : "";
  const withWhom = `avec ${notice.practitionerName}`;
  const where = notice.address ? [`Adresse : ${notice.address}`] : [];
  const deadline = `Annulation ou changement en ligne possible jusqu’au ${formatDayAndTime(notice.changeableUntil, notice.timeZone)}.`;
  const wording = {
    confirmation: {
      subject: `Votre rendez-vous du ${when}`,
      paragraphs: [
        `Votre rendez-vous${forWhom} est confirmé : ${whenInFull}, ${withWhom}.`,
        ...where,
      ],
      notes: [deadline],
    },
    reschedule: {
      subject: `Votre rendez-vous est déplacé au ${when}`,
      paragraphs: [
        `Votre rendez-vous${forWhom}${notice.previousStartsAt ? ` du ${formatDayAndTime(notice.previousStartsAt, notice.timeZone)}` : ""} est déplacé au ${whenInFull}, ${withWhom}.`,
        ...where,
      ],
      notes: [deadline],
    },
    cancellation: {
      subject: `Annulation de votre rendez-vous du ${when}`,
      paragraphs: [`Votre rendez-vous${forWhom} du ${whenInFull}, ${withWhom}, est annulé.`],
      notes: ["Vous pouvez reprendre rendez-vous à tout moment sur Praxis."],
    },
    reminder: {
      subject: `Rappel : votre rendez-vous du ${when}`,
      paragraphs: [
        `Nous vous rappelons votre rendez-vous${forWhom} : ${whenInFull}, ${withWhom}.`,
        ...where,
      ],
      notes: [deadline],
    },
  }[kind];
  const manageUrl = appUrl(MY_APPOINTMENTS_PATH);
  const content = renderMail({
    ...wording,
    action: { label: "Voir mes rendez-vous", url: manageUrl },
  });
  const method = ICS_METHOD[kind];
  return {
    to: notice.recipient,
    ...content,
    attachments: method
      ? [
          {
            filename: "rendez-vous.ics",
            contentType: `text/calendar; charset=utf-8; method=${method}`,
            content: Buffer.from(appointmentIcs(notice, method, now)).toString("base64"),
          },
        ]
      : [],
    // One mail per kind and appointment, however often the enqueuing runs.
    dedupeKey: `appointment-${kind}:${notice.appointmentId}`,
  };
}

/**
 * The appointment as an iCalendar file: an invitation (REQUEST, CANCEL) in mails, a plain
 * PUBLISH for "ajouter à mon agenda". One UID for the whole reschedule chain.
 */
export function appointmentIcs(
  notice: AppointmentNotice,
  method: IcsMethod,
  now: Date,
  cancelled = method === "CANCEL",
): string {
  const invitation = method !== "PUBLISH";
  return buildIcs(
    {
      uid: `${notice.calendar.rootId}@praxis`,
      sequence: notice.calendar.sequence,
      startsAt: notice.startsAt,
      endsAt: notice.endsAt,
      location: notice.address,
      manageUrl: appUrl(MY_APPOINTMENTS_PATH),
      cancelled,
      ...(invitation && { organizerEmail: senderAddress(), attendeeEmail: notice.recipient }),
    },
    method,
    now,
  );
}

// "Praxis <no-reply@praxis.localhost>" → "no-reply@praxis.localhost".
function senderAddress(): string {
  const from = getEnv().MAIL_FROM;
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
