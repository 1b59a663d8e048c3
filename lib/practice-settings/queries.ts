import "server-only";
import { db } from "@/lib/db";
import { inTransaction, type Tx } from "@/lib/db-transaction";
import { MS_PER_DAY } from "@/lib/utils/zoned-time";
import type { WeeklyRange } from "./weekly-ranges";

// The practice settings' reads and writes. Every one is scoped by the practitioner the use
// case authorised, so another practitioner's row is simply not found.

// ---------------------------------------------------------------- practices and hours

export function findPracticeLocations(practitionerId: string) {
  return db.location.findMany({
    where: { practitioners: { some: { practitionerId } } },
    select: { id: true, name: true, address: true, postcode: true, city: true },
    orderBy: [{ city: "asc" }, { address: "asc" }],
  });
}

export async function countOwnLocations(
  practitionerId: string,
  locationIds: readonly string[],
): Promise<number> {
  if (locationIds.length === 0) return 0;
  return db.practitionerLocation.count({
    where: { practitionerId, locationId: { in: [...locationIds] } },
  });
}

const WINDOW_FIELDS = {
  id: true,
  locationId: true,
  weekday: true,
  startMinute: true,
  endMinute: true,
  validFrom: true,
  validTo: true,
} as const;

/** The rows valid on `day` or later: what the practitioner's week is and will be. */
export function findCurrentAndFutureHours(practitionerId: string, day: Date) {
  return db.openingHours.findMany({
    where: { practitionerId, OR: [{ validTo: null }, { validTo: { gte: day } }] },
    select: WINDOW_FIELDS,
    orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
  });
}

/**
 * The practice's hours from `effectiveFrom` on become `ranges`: rows that had not started
 * yet go, rows running on that day end the day before, the past stays as it was. The
 * caller's transaction makes it all or nothing; the exclusion constraint refuses an overlap
 * with the practitioner's hours at another practice.
 */
export async function replaceHoursFrom(
  tx: Tx,
  change: {
    practitionerId: string;
    locationId: string;
    effectiveFrom: Date;
    ranges: WeeklyRange[];
  },
): Promise<void> {
  const { practitionerId, locationId, effectiveFrom } = change;
  const dayBefore = new Date(effectiveFrom.getTime() - MS_PER_DAY);
  await tx.openingHours.deleteMany({
    where: { practitionerId, locationId, validFrom: { gte: effectiveFrom } },
  });
  await tx.openingHours.updateMany({
    where: {
      practitionerId,
      locationId,
      OR: [{ validTo: null }, { validTo: { gte: effectiveFrom } }],
    },
    data: { validTo: dayBefore },
  });
  await tx.openingHours.createMany({
    data: change.ranges.map((range) => ({
      practitionerId,
      locationId,
      ...range,
      validFrom: effectiveFrom,
    })),
  });
}

/** Appointments still to come (not cancelled) from `from`, for checks against new hours. */
export function findComingAppointments(practitionerId: string, from: Date, limit: number) {
  return db.appointment.findMany({
    where: { practitionerId, status: { in: ["BOOKED", "ARRIVED"] }, startsAt: { gte: from } },
    select: { id: true, startsAt: true, endsAt: true, locationId: true },
    orderBy: { startsAt: "asc" },
    take: limit,
  });
}

// ---------------------------------------------------------------- motives

const MOTIVE_FIELDS = {
  id: true,
  name: true,
  durationMinutes: true,
  color: true,
  allowNewPatients: true,
  allowReturning: true,
  teleconsultation: true,
  active: true,
  position: true,
  locations: { select: { locationId: true } },
} as const;

export function findMotives(practitionerId: string) {
  return db.motive.findMany({
    where: { practitionerId },
    select: MOTIVE_FIELDS,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}
export type MotiveRow = Awaited<ReturnType<typeof findMotives>>[number];

type MotiveData = {
  name: string;
  durationMinutes: number;
  color: string;
  allowNewPatients: boolean;
  allowReturning: boolean;
  teleconsultation: boolean;
};

export async function insertMotive(
  practitionerId: string,
  data: MotiveData & { locationIds: string[] },
): Promise<MotiveRow> {
  const { locationIds, ...fields } = data;
  return inTransaction(async (tx) => {
    const last = await tx.motive.aggregate({ where: { practitionerId }, _max: { position: true } });
    return tx.motive.create({
      data: {
        ...fields,
        practitionerId,
        position: (last._max.position ?? -1) + 1,
        locations: { create: locationIds.map((locationId) => ({ locationId })) },
      },
      select: MOTIVE_FIELDS,
    });
  });
}

/** Changes a motive of this practitioner; null when it is not theirs. */
export async function updateMotive(
  practitionerId: string,
  id: string,
  data: Partial<MotiveData & { active: boolean }> & { locationIds?: string[] },
): Promise<MotiveRow | null> {
  const { locationIds, ...fields } = data;
  return inTransaction(async (tx) => {
    const { count } = await tx.motive.updateMany({ where: { id, practitionerId }, data: fields });
    if (count === 0) return null;
    if (locationIds) {
      await tx.motiveLocation.deleteMany({ where: { motiveId: id } });
      await tx.motiveLocation.createMany({
        data: locationIds.map((locationId) => ({ motiveId: id, locationId })),
      });
    }
    return tx.motive.findUniqueOrThrow({ where: { id }, select: MOTIVE_FIELDS });
  });
}

/** Writes the practitioner's motives' positions in the given order (ids not theirs are ignored). */
export async function writeMotiveOrder(practitionerId: string, orderedIds: readonly string[]) {
  await db.$transaction(
    orderedIds.map((id, position) =>
      db.motive.updateMany({ where: { id, practitionerId }, data: { position } }),
    ),
  );
}

// ---------------------------------------------------------------- booking rules

const RULE_FIELDS = {
  minNoticeMinutes: true,
  bookingHorizonDays: true,
  bufferMinutes: true,
  cancellationDeadlineHours: true,
  acceptsNewPatients: true,
} as const;

export function findBookingRules(practitionerId: string) {
  return db.practitioner.findUniqueOrThrow({ where: { id: practitionerId }, select: RULE_FIELDS });
}

export function updateBookingRules(
  practitionerId: string,
  rules: {
    minNoticeMinutes: number;
    bookingHorizonDays: number;
    bufferMinutes: number;
    cancellationDeadlineHours: number;
    acceptsNewPatients: boolean;
  },
) {
  return db.practitioner.update({
    where: { id: practitionerId },
    data: rules,
    select: RULE_FIELDS,
  });
}

// ---------------------------------------------------------------- absences

const ABSENCE_FIELDS = { id: true, startsAt: true, endsAt: true, label: true } as const;

/** Absences not over yet, soonest first. */
export function findComingAbsences(practitionerId: string, now: Date) {
  return db.absence.findMany({
    where: { practitionerId, endsAt: { gt: now } },
    select: ABSENCE_FIELDS,
    orderBy: { startsAt: "asc" },
    take: 200,
  });
}

export function insertAbsence(
  tx: Tx,
  absence: { practitionerId: string; startsAt: Date; endsAt: Date; label: string | null },
) {
  return tx.absence.create({ data: absence, select: ABSENCE_FIELDS });
}

/** Appointments still to come that share time with [startsAt, endsAt). */
export function findAppointmentsDuring(
  tx: Tx,
  period: { practitionerId: string; startsAt: Date; endsAt: Date; now: Date },
) {
  return tx.appointment.findMany({
    where: {
      practitionerId: period.practitionerId,
      status: { in: ["BOOKED", "ARRIVED"] },
      startsAt: { lt: period.endsAt, gte: period.now },
      endsAt: { gt: period.startsAt },
    },
    select: { id: true, startsAt: true, endsAt: true },
    orderBy: { startsAt: "asc" },
  });
}

export async function deleteAbsence(practitionerId: string, id: string): Promise<boolean> {
  const { count } = await db.absence.deleteMany({ where: { id, practitionerId } });
  return count > 0;
}
