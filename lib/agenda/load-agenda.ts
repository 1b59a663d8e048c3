import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getAvailability } from "@/lib/availability/get-availability";
import { AppError } from "@/lib/errors";
import {
  calendarsOf,
  requireCalendar,
  type CalendarAccess,
} from "@/lib/practice-access/calendar-access";
import { calendarRoleAllows } from "@/lib/practice-access/policy";
import type { AgendaParams, AgendaView } from "./agenda-params";
import { daysShown } from "./agenda-params";
import { rangeOfDays, todayIn } from "./agenda-range";
import type {
  AgendaAbsence,
  AgendaAppointment,
  AgendaFreeTime,
  AgendaOpening,
  AgendaPractice,
} from "./agenda-types";
import { computeAgendaVersion, findAgendaBackdrop } from "./queries";
import { readAppointmentsLogged } from "./read-appointments";

export type Agenda = {
  calendar: CalendarAccess;
  /** Every agenda the actor works in, for the choice of a secretary with several. */
  calendars: CalendarAccess[];
  canManage: boolean;
  view: AgendaView;
  date: string;
  today: string;
  days: string[];
  practiceId: string | null;
  practices: AgendaPractice[];
  openingHours: AgendaOpening[];
  appointments: AgendaAppointment[];
  absences: AgendaAbsence[];
  freeTimes: AgendaFreeTime[];
  /** The fingerprint of what is shown, for the live refresh (read before the rest). */
  version: string;
};

/**
 * A day or a week of one agenda the actor works in, with what surrounds the appointments
 * (hours, absences, free times). Showing patients' names is a staff read: each patient
 * shown is logged once a day as LIST_APPOINTMENTS (see readAppointmentsLogged).
 */
export async function loadAgenda(actor: Actor, params: AgendaParams, now: Date): Promise<Agenda> {
  const calendars = await calendarsOf(actor);
  if (calendars.length === 0) throw new AppError("NOT_FOUND");
  const calendar = await requireCalendar(actor, "view", params.practitionerId ?? undefined);
  const today = todayIn(calendar.timeZone, now);
  const date = params.date ?? today;
  const days = daysShown(date, params.view);
  const range = rangeOfDays(days[0], days[days.length - 1], calendar.timeZone);
  // First: a change made while the rest is read then shows as a newer version, and the
  // page refreshes once more, rather than never.
  const version = await computeAgendaVersion(calendar.practitionerId, range.from, range.to);
  const [appointments, backdrop, [availability]] = await Promise.all([
    readAppointmentsLogged(actor, calendar, range, "LIST_APPOINTMENTS", now),
    findAgendaBackdrop(calendar.practitionerId, range.from, range.to),
    getAvailability({ practitionerIds: [calendar.practitionerId], ...range, now }),
  ]);
  const practiceId = backdrop.practices.some((practice) => practice.id === params.practiceId)
    ? params.practiceId
    : null;
  return {
    calendar,
    calendars,
    canManage: calendarRoleAllows(calendar.role, "manage"),
    view: params.view,
    date,
    today,
    days,
    practiceId,
    practices: backdrop.practices,
    openingHours: backdrop.openingHours.map(({ locationId, validFrom, validTo, ...hours }) => ({
      ...hours,
      practiceId: locationId,
      validFrom: validFrom?.toISOString().slice(0, 10) ?? null,
      validTo: validTo?.toISOString().slice(0, 10) ?? null,
    })),
    appointments,
    absences: backdrop.absences.map((absence) => ({
      ...absence,
      startsAt: absence.startsAt.toISOString(),
      endsAt: absence.endsAt.toISOString(),
    })),
    freeTimes: (availability?.slots ?? []).map((slot) => ({
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      practiceId: slot.locationId,
    })),
    version,
  };
}
