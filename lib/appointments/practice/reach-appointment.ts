import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/patients/assert-patient-area";
import {
  calendarsOf,
  requireCalendar,
  type CalendarAccess,
  type CalendarPermission,
} from "@/lib/practice-access/calendar-access";
import { findPracticeAppointment, type PracticeAppointmentRow } from "./queries";

export type ReachedAppointment = { row: PracticeAppointmentRow; calendar: CalendarAccess };

/**
 * An appointment of an agenda the actor works in, if they may do `permission` there: a
 * malformed id, another practice's appointment or no agenda at all is a 404 (ids cannot be
 * probed); an agenda they only view is a 403 for a change.
 */
export async function reachAppointment(
  actor: Actor,
  appointmentId: unknown,
  permission: CalendarPermission,
  tx?: Tx,
): Promise<ReachedAppointment> {
  const id = parseId(appointmentId);
  const calendars = await calendarsOf(actor);
  if (calendars.length === 0) throw new AppError("NOT_FOUND");
  const practitionerIds = calendars.map((calendar) => calendar.practitionerId);
  const row = await findPracticeAppointment(practitionerIds, id, tx);
  if (!row) throw new AppError("NOT_FOUND");
  const calendar = await requireCalendar(actor, permission, row.practitioner.id);
  return { row, calendar };
}
