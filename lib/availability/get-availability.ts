import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MS_PER_DAY, MS_PER_MINUTE } from "@/lib/utils/zoned-time";
import { computeSlots, findSlotAt, type SlotCheck } from "./compute-slots";
import { firstDaysWithSlots, type DaySlots } from "./group-slots";
import { hoursOfMotive, motiveAllowsPatient, pickDefaultMotive, type MotiveChoice } from "./policy";
import { loadAvailabilityData, loadAvailabilityDataAlong, type AvailabilityData } from "./queries";
import type { PractitionerSchedule, Slot } from "./types";

// Availability use cases. They read public information only (when a practitioner is free),
// so they need no actor; callers decide which practitioners a visitor may see.

export type AvailabilityRequest = {
  practitionerIds: readonly string[];
  /**
   * Slots for this motive; practitioners who do not own it get none. Without it, each
   * practitioner's shortest active motive stands in (pickDefaultMotive).
   */
  motiveId?: string;
  /** When known, only motives open to that kind of patient count. */
  isReturningPatient?: boolean;
  /** An appointment being moved does not block the slots it could move to. */
  ignoreAppointmentId?: string;
  from: Date;
  to: Date;
  now: Date;
};

export type PractitionerAvailability = {
  practitionerId: string;
  timeZone: string;
  /** The motive the slots are for; null (and no slots) when none applies. */
  motive: { id: string; durationMinutes: number } | null;
  slots: Slot[];
};

/**
 * The part of [from, to) from now on: no slot starts in the past. A window wholly before now
 * leaves an empty window at now, which has no slots; without it the query would build a
 * range whose start follows its end, which PostgreSQL refuses (a 500 for a valid question).
 */
function futurePart(window: { from: Date; to: Date; now: Date }): { from: Date; to: Date } {
  const from = Math.max(window.from.getTime(), window.now.getTime());
  return { from: new Date(from), to: new Date(Math.max(from, window.to.getTime())) };
}

/** Free slots per practitioner, in the order asked; unknown ids are left out. */
export async function getAvailability(
  request: AvailabilityRequest,
): Promise<PractitionerAvailability[]> {
  const data = await loadAvailabilityData({
    practitionerIds: request.practitionerIds,
    motiveId: request.motiveId,
    ...futurePart(request),
    ignoreAppointmentId: request.ignoreAppointmentId,
  });
  const byId = new Map(data.map((practitioner) => [practitioner.practitionerId, practitioner]));
  return request.practitionerIds.flatMap((id) => {
    const practitioner = byId.get(id);
    return practitioner ? [availabilityOf(practitioner, request)] : [];
  });
}

function availabilityOf(
  practitioner: AvailabilityData,
  request: AvailabilityRequest,
): PractitionerAvailability {
  const { practitionerId, schedule } = practitioner;
  const motive = pickDefaultMotive(practitioner.motives, request.isReturningPatient);
  return {
    practitionerId,
    timeZone: schedule.rules.timeZone,
    motive: motive ? { id: motive.id, durationMinutes: motive.durationMinutes } : null,
    slots: motive
      ? computeSlots(scheduleFor(schedule, motive), {
          ...request,
          durationMinutes: motive.durationMinutes,
        })
      : [],
  };
}

/** The schedule as a motive sees it: only the hours of the practices it is offered at. */
function scheduleFor(schedule: PractitionerSchedule, motive: MotiveChoice): PractitionerSchedule {
  return { ...schedule, weeklyHours: hoursOfMotive(schedule.weeklyHours, motive) };
}

export type NextFreeDaysRequest = Omit<AvailabilityRequest, "from" | "to"> & {
  /** How far ahead to look (real days from now). */
  withinDays?: number;
  maxDays?: number;
  slotsPerDay?: number;
};

export type PractitionerNextFreeDays = Omit<PractitionerAvailability, "slots"> & {
  days: DaySlots[];
};

/** For search results: each practitioner's next days with a free slot, and their first slots. */
export async function getNextFreeDays({
  withinDays = 14,
  maxDays = 3,
  slotsPerDay = 4,
  ...request
}: NextFreeDaysRequest): Promise<PractitionerNextFreeDays[]> {
  const to = new Date(request.now.getTime() + withinDays * MS_PER_DAY);
  const availability = await getAvailability({ ...request, from: request.now, to });
  return availability.map(({ slots, ...practitioner }) => ({
    ...practitioner,
    days: firstDaysWithSlots(slots, practitioner.timeZone, { maxDays, slotsPerDay }),
  }));
}

export type RequestedSlot = {
  practitionerId: string;
  motiveId: string;
  startsAt: Date;
  now: Date;
  /** When known, a motive closed to this kind of patient is refused. */
  isReturningPatient?: boolean;
  /** When rescheduling, the appointment being moved does not block its replacement. */
  ignoreAppointmentId?: string;
};

export type RequestedSlotCheck =
  | {
      ok: true;
      slot: Slot;
      /** The slot's end plus the buffer kept after it: what the appointment holds. */
      blockedUntil: Date;
    }
  | Extract<SlotCheck, { ok: false }>
  | { ok: false; reason: "MOTIVE_UNAVAILABLE" | "MOTIVE_NOT_FOR_PATIENT" };

/**
 * Whether booking may take this start: the same answer search gives. Under a race, the
 * database's exclusion constraint on [start, blockedUntil) is what keeps appointments and
 * their buffers apart.
 */
export async function checkRequestedSlot(request: RequestedSlot): Promise<RequestedSlotCheck> {
  const [practitioner] = await loadAvailabilityData(slotWindow(request));
  return checkSlotIn(practitioner, request);
}

export type SlotCheckAlong<Row> = {
  /** What the caller's SELECT returned. */
  row: Row;
  /** checkRequestedSlot's answer, once the caller knows (from its row) who the patient is. */
  check: (isReturningPatient?: boolean) => RequestedSlotCheck;
};

/**
 * checkRequestedSlot with the caller's own one-row SELECT read in the same statement:
 * booking learns who books and whether the slot is free in one round trip.
 */
export async function checkRequestedSlotAlong<Row extends object>(
  request: Omit<RequestedSlot, "isReturningPatient">,
  alongside: Prisma.Sql,
): Promise<SlotCheckAlong<Row>> {
  const { data, row } = await loadAvailabilityDataAlong<Row>(slotWindow(request), alongside);
  return {
    row,
    check: (isReturningPatient) => checkSlotIn(data[0], { ...request, isReturningPatient }),
  };
}

function slotWindow(request: Omit<RequestedSlot, "now" | "isReturningPatient">) {
  return {
    practitionerIds: [request.practitionerId],
    motiveId: request.motiveId,
    from: request.startsAt,
    to: new Date(request.startsAt.getTime() + 1),
    ignoreAppointmentId: request.ignoreAppointmentId,
  };
}

function checkSlotIn(
  practitioner: AvailabilityData | undefined,
  request: RequestedSlot,
): RequestedSlotCheck {
  const motive = practitioner?.motives[0];
  if (!motive) return { ok: false, reason: "MOTIVE_UNAVAILABLE" };
  if (
    request.isReturningPatient !== undefined &&
    !motiveAllowsPatient(motive, request.isReturningPatient)
  ) {
    return { ok: false, reason: "MOTIVE_NOT_FOR_PATIENT" };
  }
  const schedule = scheduleFor(practitioner.schedule, motive);
  const check = findSlotAt(schedule, { ...request, durationMinutes: motive.durationMinutes });
  if (!check.ok) return check;
  const bufferMs = schedule.rules.bufferMinutes * MS_PER_MINUTE;
  return { ...check, blockedUntil: new Date(check.slot.endsAt.getTime() + bufferMs) };
}
