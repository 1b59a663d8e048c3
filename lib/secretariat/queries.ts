import "server-only";
import { db } from "@/lib/db";
import { inTransaction as transaction, type Tx } from "@/lib/db-transaction";
import type { CalendarGrantLevel } from "@/lib/generated/prisma/enums";

export { transaction };

export function findAccountByEmail(tx: Tx, email: string) {
  return tx.user.findUnique({
    where: { email },
    select: { id: true, role: true, locale: true, passwordHash: true },
  });
}

export async function findUserLocale(userId: string): Promise<string | null> {
  return (
    (await db.user.findUnique({ where: { id: userId }, select: { locale: true } }))?.locale ?? null
  );
}

/** A secretary's login, without a password until the invitation is used. */
export async function createSecretaryAccount(
  tx: Tx,
  email: string,
  locale: string,
): Promise<string> {
  const user = await tx.user.create({
    data: { email, role: "SECRETARY", locale },
    select: { id: true },
  });
  return user.id;
}

/** False when the grant already existed (it is left as it was). */
export async function insertGrant(
  tx: Tx,
  grant: { practitionerId: string; userId: string; level: CalendarGrantLevel },
): Promise<boolean> {
  const { count } = await tx.calendarGrant.createMany({ data: [grant], skipDuplicates: true });
  return count === 1;
}

export function findGrantsOf(practitionerId: string) {
  return db.calendarGrant.findMany({
    where: { practitionerId },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    select: {
      level: true,
      createdAt: true,
      user: { select: { id: true, email: true, passwordHash: true } },
    },
  });
}

export async function updateGrantLevel(
  practitionerId: string,
  userId: string,
  level: CalendarGrantLevel,
): Promise<boolean> {
  const { count } = await db.calendarGrant.updateMany({
    where: { practitionerId, userId },
    data: { level },
  });
  return count === 1;
}

export async function deleteGrant(practitionerId: string, userId: string): Promise<boolean> {
  const { count } = await db.calendarGrant.deleteMany({ where: { practitionerId, userId } });
  return count === 1;
}
