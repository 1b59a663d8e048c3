import "server-only";
import { db } from "@/lib/db";
import { inTransaction, type Tx } from "@/lib/db-transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProfileInput, RelativeInput } from "./schemas";

export type { Tx };

// Deleting an account touches many rows; the default timeout would cut a large family short.
export function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(work, { timeout: 20_000 });
}

export const PERSON_FIELDS = {
  id: true,
  relationship: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  phone: true,
} as const;

export type PersonRow = Prisma.PatientGetPayload<{ select: typeof PERSON_FIELDS }>;

// A PostgreSQL `date` travels as UTC midnight.
function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

// ---------------------------------------------------------------- the holder's profile

export function findSelfProfile(ownerId: string): Promise<PersonRow | null> {
  return db.patient.findFirst({
    where: { ownerId, relationship: "SELF" },
    select: PERSON_FIELDS,
  });
}

// The SELF row is created at sign-up; creating it here covers accounts made another way.
export async function saveSelfProfile(ownerId: string, input: ProfileInput): Promise<void> {
  const data = {
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: toDate(input.birthDate),
    phone: input.phone,
  };
  await transaction(async (tx) => {
    const { count } = await tx.patient.updateMany({
      where: { ownerId, relationship: "SELF" },
      data,
    });
    if (count === 0) await tx.patient.create({ data: { ...data, ownerId, relationship: "SELF" } });
    // The account's display name follows the profile, so mails greet the person correctly.
    await tx.user.update({
      where: { id: ownerId },
      data: { name: `${input.firstName} ${input.lastName}` },
    });
  });
}

// ---------------------------------------------------------------- relatives

const RELATIVE_OF = (ownerId: string) =>
  ({ ownerId, relationship: { not: "SELF" } }) satisfies Prisma.PatientWhereInput;

export function listRelatives(ownerId: string): Promise<PersonRow[]> {
  return db.patient.findMany({
    where: RELATIVE_OF(ownerId),
    select: PERSON_FIELDS,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export function findRelative(ownerId: string, id: string): Promise<PersonRow | null> {
  return db.patient.findFirst({ where: { id, ...RELATIVE_OF(ownerId) }, select: PERSON_FIELDS });
}

export async function createRelative(ownerId: string, input: RelativeInput): Promise<string> {
  const { id } = await db.patient.create({
    data: { ...input, birthDate: toDate(input.birthDate), ownerId },
    select: { id: true },
  });
  return id;
}

// Scoped by owner in the WHERE clause itself: 0 rows means missing or someone else's.
export async function updateRelative(
  ownerId: string,
  id: string,
  input: RelativeInput,
): Promise<boolean> {
  const { count } = await db.patient.updateMany({
    where: { id, ...RELATIVE_OF(ownerId) },
    data: { ...input, birthDate: toDate(input.birthDate) },
  });
  return count === 1;
}

/**
 * Locks the relative's row until the transaction ends. Inserting an appointment takes a
 * KEY SHARE lock on its patient, which FOR UPDATE excludes: no booking can slip in between
 * reading the relative's appointments and removing them.
 */
export async function lockRelative(tx: Tx, ownerId: string, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM patients
    WHERE id = ${id}::uuid AND owner_id = ${ownerId}::uuid AND relationship <> 'SELF'
    FOR UPDATE`;
  return rows.length === 1;
}

// ---------------------------------------------------------------- removal of people

export function listAppointmentStates(tx: Tx, patientIds: string[]) {
  return tx.appointment.findMany({
    where: { patientId: { in: patientIds } },
    select: { patientId: true, status: true, startsAt: true },
  });
}

// Rows the practices keep lose every personal field and their link to the account.
export async function pseudonymisePatients(tx: Tx, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.patient.updateMany({
    where: { id: { in: ids } },
    data: {
      firstName: null,
      lastName: null,
      birthDate: null,
      phone: null,
      ownerId: null,
      pseudonymisedAt: now,
    },
  });
  // A booking's stored answer (for idempotent retries) names the patient beside the reason
  // for the visit: it goes with the name.
  await tx.appointment.updateMany({
    where: { patientId: { in: ids }, idempotencyKey: { not: null } },
    data: { idempotencyKey: null, requestHash: null, idempotentResponse: Prisma.DbNull },
  });
}

// Only for people without appointments (the foreign key would refuse the others); their
// access-log entries go with them.
export async function erasePatients(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.patient.deleteMany({ where: { id: { in: ids } } });
}
