import "server-only";
import { db } from "@/lib/db";
import { inTransaction as transaction, type Tx } from "@/lib/db-transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asLocale } from "@/lib/i18n/locales";
import type { NewPractitioner, PractitionerDetails, VerificationFilter } from "./schemas";

export { transaction };

const SUMMARY_FIELDS = {
  id: true,
  slug: true,
  title: true,
  firstName: true,
  lastName: true,
  specialtyId: true,
  timeZone: true,
  verified: true,
  verifiedAt: true,
  createdAt: true,
  specialty: { select: { nameFr: true } },
  user: { select: { id: true, email: true, passwordHash: true } },
} as const satisfies Prisma.PractitionerSelect;

export type PractitionerRow = Prisma.PractitionerGetPayload<{ select: typeof SUMMARY_FIELDS }>;

const WHERE_STATUS: Record<VerificationFilter, Prisma.PractitionerWhereInput> = {
  all: {},
  verified: { verified: true },
  unverified: { verified: false },
};

export async function findPractitionerPage(
  status: VerificationFilter,
  skip: number,
  take: number,
): Promise<{ rows: PractitionerRow[]; total: number }> {
  const where = WHERE_STATUS[status];
  const [rows, total] = await Promise.all([
    db.practitioner.findMany({
      where,
      // Newest first, so an account just created is at the top; id keeps pages stable.
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: SUMMARY_FIELDS,
      skip,
      take,
    }),
    db.practitioner.count({ where }),
  ]);
  return { rows, total };
}

export function findPractitioner(id: string): Promise<PractitionerRow | null> {
  return db.practitioner.findUnique({ where: { id }, select: SUMMARY_FIELDS });
}

export function listSpecialties(): Promise<{ id: string; nameFr: string }[]> {
  return db.specialty.findMany({ orderBy: { nameFr: "asc" }, select: { id: true, nameFr: true } });
}

export async function specialtyExists(id: string): Promise<boolean> {
  return (await db.specialty.count({ where: { id } })) === 1;
}

export async function emailTaken(tx: Tx, email: string): Promise<boolean> {
  return (await tx.user.count({ where: { email } })) > 0;
}

export async function slugsStartingWith(tx: Tx, base: string): Promise<Set<string>> {
  const rows = await tx.practitioner.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  return new Set(rows.map((row) => row.slug));
}

// The login (no password until the invitation is used) and the practitioner it runs.
export async function createPractitionerAccount(
  tx: Tx,
  { email, ...details }: NewPractitioner,
  slug: string,
): Promise<{ userId: string; practitionerId: string }> {
  const user = await tx.user.create({
    data: { email, name: `${details.firstName} ${details.lastName}`, role: "PRACTITIONER" },
    select: { id: true },
  });
  const practitioner = await tx.practitioner.create({
    data: { ...details, slug, userId: user.id },
    select: { id: true },
  });
  return { userId: user.id, practitionerId: practitioner.id };
}

// The login's display name follows the practitioner's, so mails greet them correctly.
export function updatePractitionerDetails(
  id: string,
  details: PractitionerDetails,
): Promise<boolean> {
  return transaction(async (tx) => {
    const { count } = await tx.practitioner.updateMany({ where: { id }, data: details });
    await tx.user.updateMany({
      where: { practitioner: { id } },
      data: { name: `${details.firstName} ${details.lastName}` },
    });
    return count === 1;
  });
}

// Only a change of state is written, so verifying twice keeps the first verifiedAt.
// Answers whether the practitioner exists.
export async function setVerified(id: string, verified: boolean, now: Date): Promise<boolean> {
  const { count } = await db.practitioner.updateMany({
    where: { id, verified: !verified },
    data: { verified, verifiedAt: verified ? now : null },
  });
  return count === 1 || (await db.practitioner.count({ where: { id } })) === 1;
}

export async function findInvitee(tx: Tx, practitionerId: string) {
  const row = await tx.practitioner.findUnique({
    where: { id: practitionerId },
    select: { user: { select: { id: true, email: true, locale: true, passwordHash: true } } },
  });
  if (!row?.user) return null;
  return {
    userId: row.user.id,
    email: row.user.email,
    locale: asLocale(row.user.locale),
    hasPassword: row.user.passwordHash !== null,
  };
}
