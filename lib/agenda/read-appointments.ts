import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { AccessAction } from "@/lib/generated/prisma/enums";
import type { CalendarAccess } from "@/lib/practice-access/calendar-access";
import { todayIn } from "./agenda-range";
import type { AgendaAppointment } from "./agenda-types";
import { bookedByOf } from "./booked-by";
import { readAppointmentsOverlappingLogged, type AgendaAppointmentRow } from "./queries";

/**
 * The appointments of a calendar overlapping [from, to), read together with the access-log
 * entries they call for: one `action` entry per patient shown, merged per actor and day
 * (a week viewed ten times a day is one entry per patient, not ten). One statement, so
 * the read and its entries commit together in one round trip.
 */
export async function readAppointmentsLogged(
  actor: Actor,
  calendar: CalendarAccess,
  range: { from: Date; to: Date },
  action: AccessAction,
  now: Date,
  { withCancelled = true }: { withCancelled?: boolean } = {},
): Promise<AgendaAppointment[]> {
  const rows = await readAppointmentsOverlappingLogged({
    practitionerId: calendar.practitionerId,
    from: range.from,
    to: range.to,
    withCancelled,
    log: { actorId: actor.id, action, day: todayIn(calendar.timeZone, now) },
  });
  return rows.map(toAgendaAppointment);
}

function toAgendaAppointment(row: AgendaAppointmentRow): AgendaAppointment {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    practiceId: row.locationId,
    patient: {
      id: row.patient.id,
      firstName: row.patient.firstName ?? "",
      lastName: row.patient.lastName ?? "",
      phone: row.patient.phone,
    },
    motive: row.motive,
    bookedBy: bookedByOf(row),
  };
}
