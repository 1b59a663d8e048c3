import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MS_PER_DAY } from "@/lib/utils/zoned-time";
import type { MotiveChoice } from "./policy";
import type { PractitionerSchedule, TimeInterval, WeeklyWindow } from "./types";

// Everything the engine needs for a set of practitioners and a window, in one statement
// whatever the number of practitioners: booking runs this on every request, so round trips
// count. Each practitioner's rows are read with their own margin: a slot starting just
// before `to` runs on for its motive's duration, and an appointment blocks its buffer on
// both sides, so rows that far outside the window still matter.

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

// Intervals travel as [start, end] in epoch milliseconds, dates as YYYY-MM-DD: compact
// JSON, parsed once by the driver.
type IntervalJson = [number, number];
type AvailabilityRow = {
  id: string;
  time_zone: string;
  buffer_minutes: number;
  min_notice_minutes: number;
  booking_horizon_days: number;
  motives: MotiveChoice[];
  hours: (Omit<WeeklyWindow, "validFrom" | "validTo"> & {
    validFrom: string | null;
    validTo: string | null;
  })[];
  absences: IntervalJson[];
  busy: IntervalJson[];
};

export async function loadAvailabilityData(
  request: AvailabilityDataRequest,
): Promise<AvailabilityData[]> {
  if (request.practitionerIds.length === 0) return [];
  const rows = await db.$queryRaw<AvailabilityRow[]>(availabilitySql(request));
  return rows.map(toAvailabilityData);
}

/**
 * loadAvailabilityData and the caller's own one-row SELECT (`alongside`), in one statement:
 * booking reads its context and the practitioner's calendar in a single round trip.
 */
export async function loadAvailabilityDataAlong<Row extends object>(
  request: AvailabilityDataRequest,
  alongside: Prisma.Sql,
): Promise<{ data: AvailabilityData[]; row: Row }> {
  const [result] = await db.$queryRaw<(Row & { availability: AvailabilityRow[] })[]>`
    SELECT alongside.*, (
      SELECT coalesce(json_agg(calendar), '[]') FROM (${availabilitySql(request)}) calendar
    ) AS availability
    FROM (${alongside}) alongside`;
  if (!result) throw new Error("the SELECT read alongside availability returned no row");
  const { availability, ...row } = result;
  return { data: availability.map(toAvailabilityData), row: row as Row };
}

function toAvailabilityData(row: AvailabilityRow): AvailabilityData {
  return {
    practitionerId: row.id,
    schedule: {
      rules: {
        timeZone: row.time_zone,
        bufferMinutes: row.buffer_minutes,
        minNoticeMinutes: row.min_notice_minutes,
        bookingHorizonDays: row.booking_horizon_days,
      },
      weeklyHours: row.hours.map(({ validFrom, validTo, ...window }) => ({
        ...window,
        validFrom: validFrom === null ? null : new Date(validFrom),
        validTo: validTo === null ? null : new Date(validTo),
      })),
      absences: row.absences.map(toInterval),
      busy: row.busy.map(toInterval),
    },
    motives: row.motives,
  };
}

function toInterval([startMs, endMs]: IntervalJson): TimeInterval {
  return { startsAt: new Date(startMs), endsAt: new Date(endMs) };
}

function availabilitySql({
  practitionerIds,
  motiveId,
  from,
  to,
  ignoreAppointmentId,
}: AvailabilityDataRequest): Prisma.Sql {
  // Validity dates are local calendar dates; a day either side covers every zone's offset.
  const firstDate = new Date((Math.floor(from.getTime() / MS_PER_DAY) - 1) * MS_PER_DAY);
  const lastDate = new Date((Math.floor(to.getTime() / MS_PER_DAY) + 1) * MS_PER_DAY);
  const interval = (table: string) =>
    Prisma.raw(`json_build_array((extract(epoch FROM ${table}.starts_at) * 1000)::float8,
      (extract(epoch FROM ${table}.ends_at) * 1000)::float8)`);
  const motiveFilter =
    motiveId === undefined ? Prisma.empty : Prisma.sql`AND m.id = ${motiveId}::uuid`;
  return Prisma.sql`
    SELECT p.id, p.time_zone, p.buffer_minutes, p.min_notice_minutes, p.booking_horizon_days,
      motives.list AS motives,
      coalesce((
        SELECT json_agg(json_build_object('weekday', h.weekday, 'startMinute', h.start_minute,
          'endMinute', h.end_minute, 'locationId', h.location_id,
          'validFrom', to_char(h.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(h.valid_to, 'YYYY-MM-DD')))
        FROM opening_hours h
        WHERE h.practitioner_id = p.id
          AND (h.valid_from IS NULL OR h.valid_from <= ${lastDate}::date)
          AND (h.valid_to IS NULL OR h.valid_to >= ${firstDate}::date)
      ), '[]') AS hours,
      coalesce((
        SELECT json_agg(${interval("a")}) FROM absences a
        WHERE a.practitioner_id = p.id
          AND a.starts_at < ${to}::timestamptz + motives.margin AND a.ends_at > ${from}::timestamptz
      ), '[]') AS absences,
      coalesce((
        SELECT json_agg(${interval("b")}) FROM appointments b
        WHERE b.practitioner_id = p.id AND b.status <> 'CANCELLED'
          -- The exclusion constraint's own range (a superset of [starts_at, ends_at)), so its
          -- GiST index finds the window: the (practitioner_id, starts_at) index would read
          -- every past appointment of the practitioner.
          AND tstzrange(b.starts_at, coalesce(b.blocked_until, b.ends_at), '[)')
            && tstzrange(${from}::timestamptz - motives.margin, ${to}::timestamptz + motives.margin)
          ${ignoreAppointmentId === undefined ? Prisma.empty : Prisma.sql`AND b.id <> ${ignoreAppointmentId}::uuid`}
      ), '[]') AS busy
    FROM practitioners p
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_object('id', m.id, 'durationMinutes', m.duration_minutes,
          'allowNewPatients', m.allow_new_patients, 'allowReturning', m.allow_returning,
          'position', m.position, 'locationIds', coalesce((
            SELECT json_agg(ml.location_id) FROM motive_locations ml WHERE ml.motive_id = m.id
          ), '[]'))), '[]') AS list,
        make_interval(mins => p.buffer_minutes + coalesce(max(m.duration_minutes), 0)) AS margin
      FROM motives m WHERE m.practitioner_id = p.id AND m.active ${motiveFilter}
    ) motives
    WHERE p.id = ANY (${[...practitionerIds]}::uuid[])`;
}
