import "server-only";
import { countersUpsertSql } from "@/lib/campaigns/counter-statements";
import type { CounterCell } from "@/lib/campaigns/counter-tally";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import { outboxMailInsert, type NewOutboxMail } from "@/lib/mail/outbox";
import type { AppointmentRecord } from "./appointment-view";

export type { Tx };

// Everything an appointment page, API answer, mail or calendar file shows, in one select.
export const APPOINTMENT_FIELDS = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  rescheduledFromId: true,
  cancelledBy: { select: { role: true } },
  practitioner: {
    select: {
      id: true,
      slug: true,
      title: true,
      firstName: true,
      lastName: true,
      timeZone: true,
      cancellationDeadlineHours: true,
    },
  },
  location: { select: { address: true, postcode: true, city: true } },
  patient: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      relationship: true,
      // A practice's record of a patient without an account has its own address.
      email: true,
      owner: { select: { email: true, locale: true } },
    },
  },
  motive: { select: { id: true, name: true } },
} as const satisfies Prisma.AppointmentSelect;

export type AppointmentRow = Prisma.AppointmentGetPayload<{ select: typeof APPOINTMENT_FIELDS }>;

// Scoped in the WHERE clause: someone else's appointment is simply not found.
const OWNED_BY = (ownerId: string) =>
  ({ patient: { ownerId } }) satisfies Prisma.AppointmentWhereInput;

// ---------------------------------------------------------------- reads

export function findOwnedAppointment(ownerId: string, id: string): Promise<AppointmentRow | null> {
  return db.appointment.findFirst({
    where: { id, ...OWNED_BY(ownerId) },
    select: APPOINTMENT_FIELDS,
  });
}

export function listOwnedAppointments(ownerId: string): Promise<AppointmentRow[]> {
  return db.appointment.findMany({
    where: OWNED_BY(ownerId),
    select: APPOINTMENT_FIELDS,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
}

export function findAppointmentsForNotice(
  tx: Tx,
  ids: readonly string[],
): Promise<AppointmentRow[]> {
  return tx.appointment.findMany({ where: { id: { in: [...ids] } }, select: APPOINTMENT_FIELDS });
}

/** The answer stored with a user's idempotency key, if that key was used. */
export function findByIdempotencyKey(bookedById: string, idempotencyKey: string) {
  return db.appointment.findUnique({
    where: { bookedById_idempotencyKey: { bookedById, idempotencyKey } },
    select: { requestHash: true, idempotentResponse: true },
  });
}

// What the booked appointment will show of the practitioner, the patient and the motive.
export type BookingContext = Pick<AppointmentRecord, "practitioner" | "patient" | "motive"> & {
  ownerEmail: string;
  /** The language of the account's mails (users.locale). */
  ownerLocale: string;
  /** Seen before by this practitioner: an appointment that took place (or was due to). */
  isReturningPatient: boolean;
  locations: { id: string; address: string; postcode: string; city: string }[];
};

type ContextRequest = {
  ownerId: string;
  practitionerId: string;
  patientId: string;
  motiveId: string;
  now: Date;
};

/**
 * All a booking reads besides availability, in one round trip (booking speed matters
 * under load): null unless the practitioner is verified, the motive is theirs and the
 * patient is a person on the owner's account.
 */
export async function findBookingContext(request: ContextRequest): Promise<BookingContext | null> {
  const rows = await db.$queryRaw<BookingContext[]>(bookingContextSql(request));
  return rows[0] ?? null;
}

export type StoredAnswer = { requestHash: string | null; idempotentResponse: unknown };

export type BookingState = { context: BookingContext | null; stored: StoredAnswer | null };

type BookingStateRow = BookingContext & { found: boolean; stored: StoredAnswer | null };

/**
 * The booking context and what is stored under the request's idempotency key, as a one-row
 * SELECT that booking reads alongside the practitioner's calendar (one round trip).
 */
export function bookingStateSql(request: ContextRequest & { idempotencyKey: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT context.*, context.practitioner IS NOT NULL AS found,
      CASE WHEN earlier.id IS NOT NULL THEN json_build_object('requestHash', earlier.request_hash,
        'idempotentResponse', earlier.idempotent_response) END AS stored
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (${bookingContextSql(request)}) context ON true
    LEFT JOIN appointments earlier ON earlier.booked_by_id = ${request.ownerId}::uuid
      AND earlier.idempotency_key = ${request.idempotencyKey}`;
}

/** What bookingStateSql's row says. */
export function toBookingState(row: object): BookingState {
  const { found, stored, ...context } = row as BookingStateRow;
  return { context: found ? context : null, stored };
}

function bookingContextSql(request: ContextRequest): Prisma.Sql {
  const { ownerId, practitionerId, patientId, motiveId, now } = request;
  return Prisma.sql`
    SELECT
      json_build_object('id', pr.id, 'slug', pr.slug, 'title', pr.title, 'firstName', pr.first_name,
        'lastName', pr.last_name, 'timeZone', pr.time_zone,
        'cancellationDeadlineHours', pr.cancellation_deadline_hours) AS practitioner,
      json_build_object('id', pa.id, 'firstName', pa.first_name, 'lastName', pa.last_name,
        'relationship', pa.relationship) AS patient,
      u.email AS "ownerEmail",
      u.locale AS "ownerLocale",
      json_build_object('id', m.id, 'name', m.name) AS motive,
      EXISTS (
        SELECT 1 FROM appointments a
        WHERE a.patient_id = pa.id AND a.practitioner_id = pr.id
          AND a.status IN ('BOOKED', 'COMPLETED') AND a.starts_at < ${now}
      ) AS "isReturningPatient",
      COALESCE((
        SELECT json_agg(json_build_object('id', l.id, 'address', l.address,
          'postcode', l.postcode, 'city', l.city))
        FROM practitioner_locations pl JOIN locations l ON l.id = pl.location_id
        WHERE pl.practitioner_id = pr.id
      ), '[]'::json) AS locations
    FROM practitioners pr
    JOIN motives m ON m.id = ${motiveId}::uuid AND m.practitioner_id = pr.id
    JOIN patients pa ON pa.id = ${patientId}::uuid AND pa.owner_id = ${ownerId}::uuid
      AND pa.pseudonymised_at IS NULL
    JOIN users u ON u.id = pa.owner_id
    WHERE pr.id = ${practitionerId}::uuid AND pr.verified`;
}

export type CalendarIdentity = { rootId: string; moves: number };

/**
 * The first appointment of a reschedule chain and how many moves led here: calendar
 * programs update one event (same UID, higher SEQUENCE) instead of adding another.
 */
export async function findCalendarIdentity(id: string, tx: Tx = db): Promise<CalendarIdentity> {
  return (await findCalendarIdentities([id], tx)).get(id) ?? { rootId: id, moves: 0 };
}

/** findCalendarIdentity for many appointments, in one statement. */
export async function findCalendarIdentities(
  ids: readonly string[],
  tx: Tx = db,
): Promise<Map<string, CalendarIdentity>> {
  const rows = await tx.$queryRaw<{ start_id: string; root_id: string; depth: number }[]>`
    WITH RECURSIVE chain AS (
      SELECT id AS start_id, id, rescheduled_from_id, 0 AS depth
      FROM appointments WHERE id = ANY (${[...ids]}::uuid[])
      UNION ALL
      SELECT chain.start_id, a.id, a.rescheduled_from_id, chain.depth + 1
      FROM appointments a JOIN chain ON a.id = chain.rescheduled_from_id
      WHERE chain.depth < 1000
    )
    SELECT DISTINCT ON (start_id) start_id::text, id::text AS root_id, depth
    FROM chain ORDER BY start_id, depth DESC`;
  return new Map(
    rows.map((row) => [row.start_id, { rootId: row.root_id, moves: Number(row.depth) }]),
  );
}

// ---------------------------------------------------------------- writes

export type NewAppointment = {
  id: string;
  practitionerId: string;
  patientId: string;
  bookedById: string;
  motiveId: string;
  locationId: string;
  startsAt: Date;
  endsAt: Date;
  /** endsAt plus the practitioner's buffer (see the exclusion constraint). */
  blockedUntil: Date;
  rescheduledFromId?: string;
  idempotency?: { key: string; requestHash: string; response: Prisma.InputJsonValue };
};

export async function insertAppointment(tx: Tx, appointment: NewAppointment): Promise<void> {
  await tx.$executeRaw(appointmentInsert(appointment));
}

/**
 * Books and queues its mail in one statement: both are written or neither, and the locks
 * the insert takes (the exclusion constraint's, the availability summary's row) are held
 * for that statement only, not for a transaction's round trips. A booking made from a
 * campaign's journey adds its BOOKING_COMPLETED cell in that statement too: a booking that
 * fails counts nothing, and the appointment row never names the campaign.
 */
export async function insertAppointmentWithMail(
  appointment: NewAppointment,
  mail: NewOutboxMail,
  campaignCell: CounterCell | null = null,
): Promise<void> {
  const counted = campaignCell
    ? Prisma.sql`, counted AS (${countersUpsertSql([campaignCell])})`
    : Prisma.empty;
  await db.$executeRaw`WITH booked AS (${appointmentInsert(appointment)})${counted} ${outboxMailInsert(mail)}`;
}

// Advisory-lock class of appointment writes (two-key form: apart from the migration lock).
const APPOINTMENT_WRITE_LOCK = 72707370;

// Racing inserts of overlapping rows can deadlock inside an exclusion constraint (each
// waits for the other's uncommitted row), and PostgreSQL takes a second to notice: fifty
// clients on one slot would queue for a minute. So writes for one practitioner first take
// a transaction-scoped advisory lock, in the statement itself (its FROM): they then meet
// the constraint one after another, and the losers fail at once with 23P01.
function appointmentInsert(appointment: NewAppointment): Prisma.Sql {
  const { idempotency } = appointment;
  return Prisma.sql`
    INSERT INTO appointments (id, practitioner_id, patient_id, booked_by_id, motive_id,
      location_id, starts_at, ends_at, blocked_until, rescheduled_from_id, idempotency_key,
      request_hash, idempotent_response, updated_at)
    SELECT ${appointment.id}::uuid, ${appointment.practitionerId}::uuid,
      ${appointment.patientId}::uuid, ${appointment.bookedById}::uuid, ${appointment.motiveId}::uuid,
      ${appointment.locationId}::uuid, ${appointment.startsAt}::timestamptz,
      ${appointment.endsAt}::timestamptz, ${appointment.blockedUntil}::timestamptz,
      ${appointment.rescheduledFromId ?? null}::uuid,
      ${idempotency?.key ?? null}, ${idempotency?.requestHash ?? null},
      ${idempotency ? JSON.stringify(idempotency.response) : null}::jsonb, now()
    FROM (SELECT pg_advisory_xact_lock(${APPOINTMENT_WRITE_LOCK}::int,
      hashtext(${appointment.practitionerId}))) AS queued`;
}

/** Cancels if still booked; false when it was not (already cancelled, or changed meanwhile). */
export async function cancelBookedAppointment(
  tx: Tx,
  id: string,
  cancelledById: string,
  now: Date,
): Promise<boolean> {
  const { count } = await tx.appointment.updateMany({
    where: { id, status: "BOOKED" },
    data: { status: "CANCELLED", cancelledAt: now, cancelledById },
  });
  return count === 1;
}

/**
 * Cancels, for the practice, those of `ids` that are this practitioner's and still to be
 * seen; answers the ids it cancelled (a parallel change may have taken some first).
 */
export async function cancelPractitionerAppointments(
  tx: Tx,
  change: { practitionerId: string; ids: readonly string[]; cancelledById: string; now: Date },
): Promise<string[]> {
  if (change.ids.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE appointments SET status = 'CANCELLED', cancelled_at = ${change.now},
      cancelled_by_id = ${change.cancelledById}::uuid, updated_at = now()
    WHERE id = ANY (${[...change.ids]}::uuid[])
      AND practitioner_id = ${change.practitionerId}::uuid
      AND status IN ('BOOKED', 'ARRIVED')
    RETURNING id`;
  return rows.map((row) => row.id);
}
