import "server-only";
import { cancelAppointmentsForAbsence } from "@/lib/appointments/cancel-for-absence";
import type { Actor } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db-transaction";
import { AppError, fieldError } from "@/lib/errors";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { localDayAt, localDaysOverlapping } from "@/lib/utils/zoned-time";
import { absencePeriodOf } from "./absence-period";
import { holidaySuggestions, type HolidaySuggestion } from "./holiday-suggestions";
import {
  deleteAbsence as deleteAbsenceRow,
  findAppointmentsDuring,
  findComingAbsences,
  insertAbsence,
} from "./queries";
import { absenceInputSchema, type AbsenceForm, type AbsenceInput } from "./schemas";
import type { AppointmentTime } from "./save-weekly-hours";

// Absences and blocked time: periods without online slots, labelled for the practice only.
// The practitioner and a secretary who manages the agenda may both add and remove them.

export type AbsenceView = { id: string; startsAt: Date; endsAt: Date; label: string | null };

export type AbsencesView = {
  practitionerId: string;
  timeZone: string;
  absences: AbsenceView[];
  holidays: HolidaySuggestion[];
};

export async function listAbsences(
  actor: Actor,
  practitionerId?: string,
  now = new Date(),
): Promise<AbsencesView> {
  const calendar = await requireCalendar(actor, "manage", practitionerId);
  const { timeZone } = calendar;
  const absences = await findComingAbsences(calendar.practitionerId, now);
  const covered = new Set(
    absences.flatMap((absence) =>
      localDaysOverlapping(absence.startsAt.getTime(), absence.endsAt.getTime(), timeZone),
    ),
  );
  return {
    practitionerId: calendar.practitionerId,
    timeZone,
    absences,
    holidays: holidaySuggestions(localDayAt(now.getTime(), timeZone), covered),
  };
}

export type CreatedAbsence = {
  absence: AbsenceView;
  /** The practitioner's zone, in which the page shows the times. */
  timeZone: string;
  /** Appointments in the period that stay booked. */
  kept: AppointmentTime[];
  /** How many were cancelled (each account holder was sent a neutral mail). */
  cancelled: number;
};

/**
 * Adds an absence. Appointments still to come in the period are never dropped silently:
 * without a decision (`cancelAppointments` left out) the request is refused with their
 * list (409, nothing saved); with one, they are kept or cancelled in the same transaction
 * as the absence is written.
 */
export async function createAbsence(
  actor: Actor,
  input: AbsenceInput,
  now = new Date(),
): Promise<CreatedAbsence> {
  const { practitionerId, timeZone } = await requireCalendar(actor, "manage", input.practitionerId);
  const period = { practitionerId, startsAt: input.startsAt, endsAt: input.endsAt, now };
  return inTransaction(async (tx) => {
    const booked = await findAppointmentsDuring(tx, period);
    if (booked.length > 0 && input.cancelAppointments === undefined) {
      throw new AppError("CONFLICT", {
        messageKey: "practiceSettings.absences.appointmentsInPeriod",
        values: { count: booked.length },
        details: { appointments: booked },
      });
    }
    const absence = await insertAbsence(tx, {
      practitionerId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      label: input.label ?? null,
    });
    const cancelledIds = input.cancelAppointments
      ? await cancelAppointmentsForAbsence(tx, {
          practitionerId,
          ids: booked.map((appointment) => appointment.id),
          cancelledById: actor.id,
          now,
        })
      : [];
    const cancelled = new Set(cancelledIds);
    return {
      absence,
      timeZone,
      kept: booked.filter((appointment) => !cancelled.has(appointment.id)),
      cancelled: cancelled.size,
    };
  });
}

/**
 * The page's form: local days or times, read in the practitioner's zone, then as
 * createAbsence. `decision` is the answer to "appointments are booked then" (none yet: ask).
 */
export async function createAbsenceFromForm(
  actor: Actor,
  form: AbsenceForm,
  extras: { label?: string; practitionerId?: string; decision?: "keep" | "cancel" },
  now = new Date(),
): Promise<CreatedAbsence> {
  const { practitionerId, timeZone } = await requireCalendar(
    actor,
    "manage",
    extras.practitionerId,
  );
  const period = absencePeriodOf(form, timeZone);
  if ("problem" in period) {
    throw fieldError(period.field, `practiceSettings.validation.${period.problem}`);
  }
  const input = absenceInputSchema.parse({
    startsAt: period.startsAt.toISOString(),
    endsAt: period.endsAt.toISOString(),
    label: extras.label,
    practitionerId,
    cancelAppointments: extras.decision === undefined ? undefined : extras.decision === "cancel",
  });
  return createAbsence(actor, input, now);
}

export async function deleteAbsence(
  actor: Actor,
  id: string,
  practitionerId?: string,
): Promise<void> {
  const calendar = await requireCalendar(actor, "manage", practitionerId);
  if (!(await deleteAbsenceRow(calendar.practitionerId, id))) throw new AppError("NOT_FOUND");
}
