import "server-only";
import { MY_APPOINTMENTS_PATH } from "@/lib/appointments/paths";
import { buildIcs, type IcsMethod } from "@/lib/calendar/build-ics";
import { getEnv } from "@/lib/env";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl, renderMail } from "@/lib/mail/render-mail";
import { formatDayAndTime } from "@/lib/utils/format-date";

// The mails about an appointment. They say when and where, and for whom on the account,
// but never why or with what kind of practitioner: no motive, specialty or title, in the
// subject (lock screens, mail-server logs), the body or the attached calendar file.

export type AppointmentMailKind = "confirmation" | "cancellation" | "reschedule" | "reminder";

export type AppointmentNotice = {
  appointmentId: string;
  recipient: string;
  /** The account holder's language: the mail and its calendar file are written in it. */
  locale: Locale;
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
  /** A patient the practice booked without an account: no link, call the practice. */
  withoutAccount?: boolean;
  /** For a cancellation by the practice: so it says, with the practice's message if any. */
  byPractice?: { message: string | null };
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
  const { locale, timeZone } = notice;
  const t = translatorFor(locale);
  const when = formatDayAndTime(locale, notice.startsAt, timeZone, false);
  const values = {
    when: formatDayAndTime(locale, notice.startsAt, timeZone),
    practitioner: notice.practitionerName,
    forRelative: notice.relativeName ? "yes" : "no",
    relative: notice.relativeName ?? "",
  };
  const where = notice.address ? [t("mail.appointment.address", { address: notice.address })] : [];
  const deadline = t("mail.appointment.deadline", {
    deadline: formatDayAndTime(locale, notice.changeableUntil, timeZone),
  });
  const previous = notice.previousStartsAt;
  // Without an account there is nothing to manage online: the practice is the way.
  const manageNote = notice.withoutAccount ? t("practiceBooking.mail.contactPractice") : deadline;
  const wording = {
    confirmation: {
      subject: t("mail.appointment.confirmation.subject", { when }),
      paragraphs: [t("mail.appointment.confirmation.body", values), ...where],
      notes: [manageNote],
    },
    reschedule: {
      subject: t("mail.appointment.reschedule.subject", { when }),
      paragraphs: [
        t("mail.appointment.reschedule.body", {
          ...values,
          hasPrevious: previous ? "yes" : "no",
          previous: previous ? formatDayAndTime(locale, previous, timeZone) : "",
        }),
        ...where,
      ],
      notes: [manageNote],
    },
    cancellation: {
      subject: t("mail.appointment.cancellation.subject", { when }),
      paragraphs: cancellationParagraphs(t, values, notice.byPractice),
      notes: notice.withoutAccount ? [] : [t("mail.appointment.cancellation.note")],
    },
    reminder: {
      subject: t("mail.appointment.reminder.subject", { when }),
      paragraphs: [t("mail.appointment.reminder.body", values), ...where],
      notes: [manageNote],
    },
  }[kind];
  const manageUrl = appUrl(localizePath(locale, MY_APPOINTMENTS_PATH));
  const content = renderMail(locale, {
    ...wording,
    ...(!notice.withoutAccount && {
      action: { label: t("mail.appointment.action"), url: manageUrl },
    }),
  });
  const method = ICS_METHOD[kind];
  return {
    to: notice.recipient,
    ...content,
    attachments: method
      ? [
          {
            filename: t("mail.appointment.attachment"),
            contentType: `text/calendar; charset=utf-8; method=${method}`,
            content: Buffer.from(appointmentIcs(notice, method, now)).toString("base64"),
          },
        ]
      : [],
    // One mail per kind and appointment, however often the enqueuing runs.
    dedupeKey: `appointment-${kind}:${notice.appointmentId}`,
  };
}

// The practice's message is the patient's to read, as typed: plain text, escaped in the
// HTML part by renderMail like every paragraph. It never reaches the subject.
function cancellationParagraphs(
  t: ReturnType<typeof translatorFor>,
  values: Record<string, string>,
  byPractice: AppointmentNotice["byPractice"],
): string[] {
  if (!byPractice) return [t("mail.appointment.cancellation.body", values)];
  const body = t("appointmentPanel.mail.cancelledByPractice", values);
  return byPractice.message
    ? [body, t("appointmentPanel.mail.practiceMessage", { message: byPractice.message })]
    : [body];
}

/**
 * The appointment as an iCalendar file: an invitation (REQUEST, CANCEL) in mails, a plain
 * PUBLISH for "add to my calendar". One UID for the whole reschedule chain.
 */
export function appointmentIcs(
  notice: AppointmentNotice,
  method: IcsMethod,
  now: Date,
  cancelled = method === "CANCEL",
): string {
  const invitation = method !== "PUBLISH";
  return buildIcs(
    notice.locale,
    {
      uid: `${notice.calendar.rootId}@praxis`,
      sequence: notice.calendar.sequence,
      startsAt: notice.startsAt,
      endsAt: notice.endsAt,
      location: notice.address,
      manageUrl: appUrl(localizePath(notice.locale, MY_APPOINTMENTS_PATH)),
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
