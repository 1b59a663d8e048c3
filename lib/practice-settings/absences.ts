import "server-only";
import { z } from "zod";
import { cancelAppointmentsForAbsence } from "@/lib/appointments/cancel-for-absence";
import type { Actor } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db-transaction";
import { AppError, fieldError } from "@/lib/errors";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import {
  formatMinuteOfDay,
  isoDateOfLocalDay,
  localDateTimeAt,
  localDayAt,
  localDaysOverlapping,
} from "@/lib/utils/zoned-time";
import { absencePeriodOf } from "./absence-period";
import { holidaySuggestions, type HolidaySuggestion } from "./holiday-suggestions";
import {
  deleteAbsence as deleteAbsenceRow,
  findAppointmentsDuring,
  findComingAbsences,
  insertAbsence,
} from "./queries";
import type { AppointmentTime } from "./save-weekly-hours";
import { absenceInputSchema, type AbsenceForm, type AbsenceInput } from "./schemas";

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
        details: { appointments: booked, timeZone },
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
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND");
  if (!(await deleteAbsenceRow(calendar.practitionerId, id))) throw new AppError("NOT_FOUND");
}

export type AbsenceFormDefaults = {
  practitionerId: string;
  values: Record<string, string>;
};

/**
 * What the new-absence form starts with: empty, or the period the agenda's "block time"
 * link names (instants, read in the practitioner's zone): hours within one day, else days.
 */
export async function absenceFormDefaults(
  actor: Actor,
  request: { practitionerId?: string; startsAt?: Date; endsAt?: Date },
): Promise<AbsenceFormDefaults> {
  const { practitionerId, timeZone } = await requireCalendar(
    actor,
    "manage",
    request.practitionerId,
  );
  const { startsAt, endsAt } = request;
  if (!startsAt || !endsAt || endsAt <= startsAt)
    return { practitionerId, values: { kind: "hours" } };
  const start = localDateTimeAt(startsAt.getTime(), timeZone);
  const end = localDateTimeAt(endsAt.getTime(), timeZone);
  if (start.day === end.day) {
    return {
      practitionerId,
      values: {
        kind: "hours",
        day: isoDateOfLocalDay(start.day),
        start: formatMinuteOfDay(start.minute),
        end: formatMinuteOfDay(end.minute),
      },
    };
  }
  const lastDay = end.minute === 0 ? end.day - 1 : end.day;
  return {
    practitionerId,
    values: {
      kind: "days",
      firstDay: isoDateOfLocalDay(start.day),
      lastDay: isoDateOfLocalDay(lastDay),
    },
  };
}
