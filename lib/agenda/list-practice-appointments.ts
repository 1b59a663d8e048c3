import "server-only";
import type { Actor } from "@/lib/auth/session";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { rangeOfDays } from "./agenda-range";
import { readAppointmentsLogged } from "./read-appointments";
import type { AgendaRangeQuery } from "./schemas";

/**
 * GET /api/v1/practitioner/appointments: the appointments of one agenda the actor works in,
 * between two days of its calendar (cancelled ones included, as the agenda shows them).
 * Logged like the agenda's views: LIST_APPOINTMENTS, once a day per patient.
 */
export async function listPracticeAppointments(actor: Actor, query: AgendaRangeQuery, now: Date) {
  const calendar = await requireCalendar(actor, "view", query.practitionerId);
  const range = rangeOfDays(query.from, query.to, calendar.timeZone);
  const appointments = await readAppointmentsLogged(
    actor,
    calendar,
    range,
    "LIST_APPOINTMENTS",
    now,
  );
  return {
    appointments: appointments.map(({ patient, motive, ...appointment }) => ({
      id: appointment.id,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      status: appointment.status,
      patient: { id: patient.id, firstName: patient.firstName, lastName: patient.lastName },
      motive: { id: motive.id, name: motive.name },
      practiceId: appointment.practiceId,
      bookedBy: appointment.bookedBy,
    })),
  };
}
