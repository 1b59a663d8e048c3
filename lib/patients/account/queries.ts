import "server-only";
import { db } from "@/lib/db";
import { PERSON_FIELDS, type Tx } from "../queries";

// Everyone on the account, locked until the deletion commits so no booking slips in (an
// appointment insert needs a KEY SHARE lock on its patient, which FOR UPDATE excludes).
export async function lockOwnedPatients(tx: Tx, ownerId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM patients WHERE owner_id = ${ownerId}::uuid ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

export async function cancelUpcomingAppointments(
  tx: Tx,
  patientIds: string[],
  now: Date,
): Promise<number> {
  const { count } = await tx.appointment.updateMany({
    where: { patientId: { in: patientIds }, status: "BOOKED", startsAt: { gt: now } },
    data: { status: "CANCELLED", cancelledAt: now },
  });
  return count;
}

// Accounts, sessions and tokens cascade; appointments' booked-by/cancelled-by and the
// access log's actor are set to NULL by their foreign keys.
export async function deleteUser(tx: Tx, userId: string): Promise<void> {
  await tx.user.delete({ where: { id: userId } });
}

const PRACTITIONER_FIELDS = { title: true, firstName: true, lastName: true } as const;

// Everything about the account for "my data"; the access log comes from lib/audit.
export function findAccountExport(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      patients: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          ...PERSON_FIELDS,
          createdAt: true,
          updatedAt: true,
          appointments: {
            orderBy: { startsAt: "asc" },
            select: {
              id: true,
              startsAt: true,
              endsAt: true,
              status: true,
              createdAt: true,
              cancelledAt: true,
              practitioner: {
                select: { ...PRACTITIONER_FIELDS, specialty: { select: { nameFr: true } } },
              },
              motive: { select: { name: true } },
              location: { select: { name: true, address: true, postcode: true, city: true } },
            },
          },
        },
      },
    },
  });
}
