import "server-only";
import { db } from "@/lib/db";
import { MS_PER_DAY, MS_PER_MINUTE } from "@/lib/utils/zoned-time";
import type { MotiveChoice } from "./policy";
import type { PractitionerSchedule, TimeInterval, WeeklyWindow } from "./types";

// Everything the engine needs for a set of practitioners and a window, in five queries
// whatever the number of practitioners: rules and motives first (they size the margins),
// then opening hours, absences and appointments together.

export type AvailabilityData = {
  practitionerId: string;
  schedule: PractitionerSchedule;
  /** Active motives (only `motiveId` when one was asked for). */
  motives: MotiveChoice[];
};

export type AvailabilityDataRequest = {
  practitionerIds: readonly string[];
  motiveId?: string;
  /** Window of slot starts, [from, to). */
  from: Date;
  to: Date;
  /** An appointment being rescheduled does not block its own replacement. */
  ignoreAppointmentId?: string;
};

export async function loadAvailabilityData(
  request: AvailabilityDataRequest,
): Promise<AvailabilityData[]> {
  const practitionerIds = [...request.practitionerIds];
  const [practitioners, motives] = await Promise.all([
    findBookingRules(practitionerIds),
    findActiveMotives(practitionerIds, request.motiveId),
  ]);
  if (practitioners.length === 0) return [];
  const marginMs = blockingMarginMs(practitioners, motives);
  const [hours, absences, busy] = await Promise.all([
    findOpeningHours(practitionerIds, request),
    findAbsences(practitionerIds, request.from, request.to, marginMs),
    findBusyIntervals(practitionerIds, request, marginMs),
  ]);
  const hoursOf = groupByPractitioner(hours);
  const absencesOf = groupByPractitioner(absences);
  const busyOf = groupByPractitioner(busy);
  const motivesOf = groupByPractitioner(motives);
  return practitioners.map(({ id, ...rules }) => ({
    practitionerId: id,
    schedule: {
      rules,
      weeklyHours: hoursOf.get(id) ?? [],
      absences: absencesOf.get(id) ?? [],
      busy: busyOf.get(id) ?? [],
    },
    motives: motivesOf.get(id) ?? [],
  }));
}

function findBookingRules(practitionerIds: string[]) {
  return db.practitioner.findMany({
    where: { id: { in: practitionerIds } },
    select: {
      id: true,
      timeZone: true,
      bufferMinutes: true,
      minNoticeMinutes: true,
      bookingHorizonDays: true,
    },
  });
}

function findActiveMotives(practitionerIds: string[], motiveId: string | undefined) {
  return db.motive.findMany({
    where: {
      practitionerId: { in: practitionerIds },
      active: true,
      ...(motiveId !== undefined && { id: motiveId }),
    },
    select: {
      id: true,
      practitionerId: true,
      durationMinutes: true,
      allowNewPatients: true,
      allowReturning: true,
      position: true,
    },
  });
}

// A slot starting just before `to` runs on for its duration, and an appointment blocks
// its buffer on both sides: rows that far outside the window still matter.
function blockingMarginMs(
  practitioners: readonly { bufferMinutes: number }[],
  motives: readonly { durationMinutes: number }[],
): number {
  const maxBuffer = Math.max(0, ...practitioners.map((practitioner) => practitioner.bufferMinutes));
  const maxDuration = Math.max(0, ...motives.map((motive) => motive.durationMinutes));
  return (maxBuffer + maxDuration) * MS_PER_MINUTE;
}

// Validity dates are local calendar dates; a day either side covers every zone's offset.
function findOpeningHours(
  practitionerIds: string[],
  { from, to }: AvailabilityDataRequest,
): Promise<(WeeklyWindow & { practitionerId: string })[]> {
  const firstDate = new Date((Math.floor(from.getTime() / MS_PER_DAY) - 1) * MS_PER_DAY);
  const lastDate = new Date((Math.floor(to.getTime() / MS_PER_DAY) + 1) * MS_PER_DAY);
  return db.openingHours.findMany({
    where: {
      practitionerId: { in: practitionerIds },
      AND: [
        { OR: [{ validFrom: null }, { validFrom: { lte: lastDate } }] },
        { OR: [{ validTo: null }, { validTo: { gte: firstDate } }] },
      ],
    },
    select: {
      practitionerId: true,
      weekday: true,
      startMinute: true,
      endMinute: true,
      locationId: true,
      validFrom: true,
      validTo: true,
    },
  });
}

function findAbsences(
  practitionerIds: string[],
  from: Date,
  to: Date,
  marginMs: number,
): Promise<(TimeInterval & { practitionerId: string })[]> {
  return db.absence.findMany({
    where: {
      practitionerId: { in: practitionerIds },
      startsAt: { lt: new Date(to.getTime() + marginMs) },
      endsAt: { gt: from },
    },
    select: { practitionerId: true, startsAt: true, endsAt: true },
  });
}

function findBusyIntervals(
  practitionerIds: string[],
  { from, to, ignoreAppointmentId }: AvailabilityDataRequest,
  marginMs: number,
): Promise<(TimeInterval & { practitionerId: string })[]> {
  return db.appointment.findMany({
    where: {
      practitionerId: { in: practitionerIds },
      status: { not: "CANCELLED" },
      startsAt: { lt: new Date(to.getTime() + marginMs) },
      endsAt: { gt: new Date(from.getTime() - marginMs) },
      ...(ignoreAppointmentId !== undefined && { id: { not: ignoreAppointmentId } }),
    },
    select: { practitionerId: true, startsAt: true, endsAt: true },
  });
}

function groupByPractitioner<T extends { practitionerId: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.practitionerId);
    if (group) group.push(row);
    else groups.set(row.practitionerId, [row]);
  }
  return groups;
}
