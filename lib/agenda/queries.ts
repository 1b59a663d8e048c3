import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessAction } from "@/lib/generated/prisma/enums";
import { MAX_PATIENT_RESULTS } from "./schemas";

// The agenda's reads. Ranges are half-open real time [from, to); an appointment or absence
// belongs to a range when it overlaps it.

// No appointment lasts a day: bounding the start from below lets the (practitioner_id,
// starts_at) index answer the overlap test without reading the practitioner's whole past.
const LONGEST_APPOINTMENT_MS = 24 * 60 * 60 * 1000;

const APPOINTMENT_FIELDS = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  locationId: true,
  noShowExcused: true,
  patient: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      phone: true,
      ownerId: true,
      relationship: true,
      createdByPractitionerId: true,
    },
  },
  motive: { select: { id: true, name: true, color: true } },
  bookedBy: { select: { id: true, role: true } },
} as const satisfies Prisma.AppointmentSelect;

export type AgendaAppointmentRow = Prisma.AppointmentGetPayload<{
  select: typeof APPOINTMENT_FIELDS;
}>;

export function findAppointmentsOverlapping(
  client: Tx,
  practitionerId: string,
  from: Date,
  to: Date,
  withCancelled: boolean,
): Promise<AgendaAppointmentRow[]> {
  return client.appointment.findMany({
    where: {
      practitionerId,
      ...(withCancelled ? {} : { status: { not: "CANCELLED" } }),
      startsAt: { gte: new Date(from.getTime() - LONGEST_APPOINTMENT_MS), lt: to },
      endsAt: { gt: from },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: APPOINTMENT_FIELDS,
  });
}

/** What surrounds the appointments: the practices, weekly hours and absences in the range. */
export async function findAgendaBackdrop(practitionerId: string, from: Date, to: Date) {
  const [practices, openingHours, absences] = await Promise.all([
    db.practitionerLocation.findMany({
      where: { practitionerId },
      orderBy: { locationId: "asc" },
      select: { location: { select: { id: true, name: true, city: true } } },
    }),
    db.openingHours.findMany({
      where: { practitionerId },
      select: {
        weekday: true,
        startMinute: true,
        endMinute: true,
        locationId: true,
        validFrom: true,
        validTo: true,
      },
    }),
    db.absence.findMany({
      where: { practitionerId, startsAt: { lt: to }, endsAt: { gt: from } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true, label: true },
    }),
  ]);
  return { practices: practices.map(({ location }) => location), openingHours, absences };
}

export type MergedRead = {
  actorId: string;
  practitionerId: string;
  action: AccessAction;
  /** The practice's local day the reads are merged under, YYYY-MM-DD. */
  day: string;
  patientIds: readonly string[];
};

/**
 * One access-log entry per actor, patient, action and day, in one statement: the unique
 * index on (actor_id, patient_id, action, merged_day) turns a repeated read into nothing,
 * also when two requests race.
 */
export async function insertMergedReads(tx: Tx, read: MergedRead): Promise<void> {
  if (read.patientIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO access_log (actor_id, patient_id, practitioner_id, action, resource_type,
      resource_id, merged_day)
    SELECT ${read.actorId}::uuid, patient_id, ${read.practitionerId}::uuid,
      ${read.action}::"AccessAction", 'patient', patient_id::text, ${read.day}::date
    FROM unnest(${read.patientIds}::uuid[]) AS patient_id
    ON CONFLICT (actor_id, patient_id, action, merged_day) DO NOTHING`;
}

/**
 * A fingerprint of everything the agenda shows in a range (appointments and absences,
 * whoever wrote them and however): it changes when anything shown changes, so an open
 * agenda can poll it cheaply instead of reloading.
 */
export async function computeAgendaVersion(
  practitionerId: string,
  from: Date,
  to: Date,
): Promise<string> {
  const earliestStart = new Date(from.getTime() - LONGEST_APPOINTMENT_MS);
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT md5(
      coalesce((SELECT string_agg(concat_ws('|', id, status, starts_at, ends_at, location_id,
          motive_id, patient_id, updated_at, status_changed_at, cancelled_at), ',' ORDER BY id)
        FROM appointments
        WHERE practitioner_id = ${practitionerId}::uuid AND starts_at >= ${earliestStart}
          AND starts_at < ${to} AND ends_at > ${from}), '')
      || '#' ||
      coalesce((SELECT string_agg(concat_ws('|', id, starts_at, ends_at, label), ',' ORDER BY id)
        FROM absences
        WHERE practitioner_id = ${practitionerId}::uuid AND starts_at < ${to}
          AND ends_at > ${from}), '')
    ) AS version`;
  return row.version;
}

export type OwnPatientRow = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  birthDate: Date | null;
  phone: string | null;
};

/**
 * The practice's own patients matching a name or a birth date: those with an appointment
 * with this practitioner, or whose record the practice created. Never anyone else.
 */
export function findOwnPatients(
  tx: Tx,
  practitionerId: string,
  match: { name: string } | { birthDate: string },
): Promise<OwnPatientRow[]> {
  const condition =
    "birthDate" in match
      ? Prisma.sql`p.birth_date = ${match.birthDate}::date`
      : Prisma.sql`praxis_unaccent(lower(concat_ws(' ', p.first_name, p.last_name, p.first_name)))
          LIKE '%' || praxis_unaccent(lower(${escapeLike(match.name)})) || '%'`;
  return tx.$queryRaw<OwnPatientRow[]>`
    SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName",
      p.birth_date AS "birthDate", p.phone
    FROM patients p
    WHERE p.pseudonymised_at IS NULL
      AND (p.created_by_practitioner_id = ${practitionerId}::uuid
        OR EXISTS (SELECT 1 FROM appointments a
          WHERE a.patient_id = p.id AND a.practitioner_id = ${practitionerId}::uuid))
      AND ${condition}
    ORDER BY p.last_name, p.first_name, p.id
    LIMIT ${MAX_PATIENT_RESULTS}`;
}

// LIKE's own wildcards in what was typed match themselves.
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
