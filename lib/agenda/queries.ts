import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessAction, AppointmentStatus } from "@/lib/generated/prisma/enums";
import { MAX_PATIENT_RESULTS } from "./schemas";

// The agenda's reads. Ranges are half-open real time [from, to); an appointment or absence
// belongs to a range when it overlaps it.

// No appointment lasts a day: bounding the start from below lets the (practitioner_id,
// starts_at) index answer the overlap test without reading the practitioner's whole past.
const LONGEST_APPOINTMENT_MS = 24 * 60 * 60 * 1000;

export type AgendaAppointmentRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  locationId: string | null;
  patient: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    ownerId: string | null;
    relationship: string;
    createdByPractitionerId: string | null;
  };
  motive: { id: string; name: string; color: string };
  bookedBy: { id: string; role: string } | null;
};

type FlatAppointmentRow = Omit<AgendaAppointmentRow, "patient" | "motive" | "bookedBy"> & {
  patientId: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  ownerId: string | null;
  relationship: string;
  createdByPractitionerId: string | null;
  motiveId: string;
  motiveName: string;
  motiveColor: string;
  bookedById: string | null;
  bookedByRole: string | null;
};

export type LoggedAppointmentRead = {
  practitionerId: string;
  from: Date;
  to: Date;
  withCancelled: boolean;
  /** The access-log entry each patient read calls for (merged per actor, action and day). */
  log: Omit<MergedRead, "practitionerId" | "patientIds">;
};

/**
 * The appointments of a practitioner overlapping [from, to), with patient, motive and who
 * booked, and the merged access-log entries for the patients read — in ONE statement (a
 * data-modifying CTE), so the read and its log entries commit together without a
 * transaction's extra round trips. The log insert is the one of insertMergedReads.
 */
export async function readAppointmentsOverlappingLogged(
  read: LoggedAppointmentRead,
): Promise<AgendaAppointmentRow[]> {
  const earliestStart = new Date(read.from.getTime() - LONGEST_APPOINTMENT_MS);
  const rows = await db.$queryRaw<FlatAppointmentRow[]>`
    WITH shown AS (
      SELECT a.id, a.starts_at, a.ends_at, a.status, a.location_id, a.patient_id,
        p.first_name, p.last_name, p.phone, p.owner_id, p.relationship,
        p.created_by_practitioner_id, m.id AS motive_id, m.name AS motive_name,
        m.color AS motive_color, u.id AS booked_by_id, u.role AS booked_by_role
      FROM appointments a
      JOIN patients p ON p.id = a.patient_id
      JOIN motives m ON m.id = a.motive_id
      LEFT JOIN users u ON u.id = a.booked_by_id
      WHERE a.practitioner_id = ${read.practitionerId}::uuid
        AND a.starts_at >= ${earliestStart} AND a.starts_at < ${read.to}
        AND a.ends_at > ${read.from}
        AND (${read.withCancelled} OR a.status <> 'CANCELLED')
    ), logged AS (
      INSERT INTO access_log (actor_id, patient_id, practitioner_id, action, resource_type,
        resource_id, merged_day)
      SELECT DISTINCT ${read.log.actorId}::uuid, patient_id, ${read.practitionerId}::uuid,
        ${read.log.action}::"AccessAction", 'patient', patient_id::text, ${read.log.day}::date
      FROM shown
      ON CONFLICT (actor_id, patient_id, action, merged_day) DO NOTHING
    )
    SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", status::text AS status,
      location_id AS "locationId", patient_id AS "patientId", first_name AS "firstName",
      last_name AS "lastName", phone, owner_id AS "ownerId", relationship::text AS relationship,
      created_by_practitioner_id AS "createdByPractitionerId", motive_id AS "motiveId",
      motive_name AS "motiveName", motive_color AS "motiveColor",
      booked_by_id AS "bookedById", booked_by_role::text AS "bookedByRole"
    FROM shown
    ORDER BY starts_at, id`;
  return rows.map(nestAppointmentRow);
}

function nestAppointmentRow(row: FlatAppointmentRow): AgendaAppointmentRow {
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    locationId: row.locationId,
    patient: {
      id: row.patientId,
      firstName: row.firstName,
      lastName: row.lastName,
      phone: row.phone,
      ownerId: row.ownerId,
      relationship: row.relationship,
      createdByPractitionerId: row.createdByPractitionerId,
    },
    motive: { id: row.motiveId, name: row.motiveName, color: row.motiveColor },
    bookedBy:
      row.bookedById && row.bookedByRole ? { id: row.bookedById, role: row.bookedByRole } : null,
  };
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
