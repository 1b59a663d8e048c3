import "server-only";
import { db } from "@/lib/db";
import { driverAdapterCause } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

// Everything an appointment page, API answer, mail or calendar file shows, in one select.
export const APPOINTMENT_FIELDS = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  rescheduledFromId: true,
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
      owner: { select: { email: true } },
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

export function findAppointmentForNotice(tx: Tx, id: string): Promise<AppointmentRow | null> {
  return tx.appointment.findUnique({ where: { id }, select: APPOINTMENT_FIELDS });
}

/** The answer stored with a user's idempotency key, if that key was used. */
export function findByIdempotencyKey(bookedById: string, idempotencyKey: string) {
  return db.appointment.findUnique({
    where: { bookedById_idempotencyKey: { bookedById, idempotencyKey } },
    select: { requestHash: true, idempotentResponse: true },
  });
}

export type BookingContext = {
  practitioner: {
    id: string;
    slug: string;
    title: "DR" | "PR" | "NONE";
    firstName: string;
    lastName: string;
    timeZone: string;
    cancellationDeadlineHours: number;
  };
  patient: { id: string; firstName: string | null; lastName: string | null; relationship: string };
  ownerEmail: string;
  motive: { id: string; name: string };
  /** Seen before by this practitioner: an appointment that took place (or was due to). */
  isReturningPatient: boolean;
  locations: { id: string; address: string; postcode: string; city: string }[];
};

type BookingContextRow = Omit<BookingContext, "practitioner"> & {
  practitioner: Omit<BookingContext["practitioner"], "cancellationDeadlineHours"> & {
    cancellationDeadlineHours: number | string;
  };
};

/**
 * All a booking reads besides availability, in one round trip (booking speed matters
 * under load): null unless the practitioner is verified, the motive is theirs and the
 * patient is a person on the owner's account.
 */
export async function findBookingContext(request: {
  ownerId: string;
  practitionerId: string;
  patientId: string;
  motiveId: string;
  now: Date;
}): Promise<BookingContext | null> {
  const { ownerId, practitionerId, patientId, motiveId, now } = request;
  const rows = await db.$queryRaw<BookingContextRow[]>`
    SELECT
      json_build_object('id', pr.id, 'slug', pr.slug, 'title', pr.title, 'firstName', pr.first_name,
        'lastName', pr.last_name, 'timeZone', pr.time_zone,
        'cancellationDeadlineHours', pr.cancellation_deadline_hours) AS practitioner,
      json_build_object('id', pa.id, 'firstName', pa.first_name, 'lastName', pa.last_name,
        'relationship', pa.relationship) AS patient,
      u.email AS "ownerEmail",
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
  const row = rows[0];
  if (!row) return null;
  const hours = Number(row.practitioner.cancellationDeadlineHours);
  return { ...row, practitioner: { ...row.practitioner, cancellationDeadlineHours: hours } };
}

/**
 * The first appointment of a reschedule chain and how many moves led here: calendar
 * programs update one event (same UID, higher SEQUENCE) instead of adding another.
 */
export async function findCalendarIdentity(
  id: string,
  tx: Tx = db,
): Promise<{ rootId: string; moves: number }> {
  const rows = await tx.$queryRaw<{ id: string; depth: number }[]>`
    WITH RECURSIVE chain AS (
      SELECT id, rescheduled_from_id, 0 AS depth FROM appointments WHERE id = ${id}::uuid
      UNION ALL
      SELECT a.id, a.rescheduled_from_id, chain.depth + 1
      FROM appointments a JOIN chain ON a.id = chain.rescheduled_from_id
      WHERE chain.depth < 1000
    )
    SELECT id::text AS id, depth FROM chain ORDER BY depth DESC LIMIT 1`;
  const root = rows[0];
  return root ? { rootId: root.id, moves: Number(root.depth) } : { rootId: id, moves: 0 };
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
  rescheduledFromId?: string;
  idempotency?: { key: string; requestHash: string; response: Prisma.InputJsonValue };
};

export async function insertAppointment(tx: Tx, appointment: NewAppointment): Promise<void> {
  const { idempotency, ...fields } = appointment;
  await tx.appointment.create({
    data: {
      ...fields,
      idempotencyKey: idempotency?.key,
      requestHash: idempotency?.requestHash,
      idempotentResponse: idempotency?.response,
    },
    select: { id: true },
  });
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

// ---------------------------------------------------------------- transactions

const RETRIED_SQLSTATES = new Set(["40001", "40P01"]);
const MAX_ATTEMPTS = 4;

/** The SQLSTATE behind a Prisma or driver error (23P01: overlap, 23505: unique…). */
export function sqlStateOf(error: unknown): string | undefined {
  const originalCode = driverAdapterCause(error)?.originalCode;
  if (typeof originalCode === "string") return originalCode;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return "23505";
  if (code === "P2034") return "40001";
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Runs `work` in one transaction, again (a bounded number of times, after a short random
 * pause) when PostgreSQL aborted it for a serialization failure or a deadlock.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 10_000, timeout: 15_000 });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !RETRIED_SQLSTATES.has(sqlStateOf(error) ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
