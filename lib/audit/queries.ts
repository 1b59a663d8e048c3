import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessEntry } from "./schemas";

type Tx = Prisma.TransactionClient;

export async function insertAccessLogEntry(tx: Tx, entry: AccessEntry): Promise<void> {
  await tx.accessLogEntry.create({ data: entry });
}

const ENTRY_FIELDS = {
  id: true,
  action: true,
  resourceType: true,
  resourceId: true,
  createdAt: true,
  patient: { select: { firstName: true, lastName: true } },
  actor: { select: { id: true, name: true, role: true } },
  practitioner: {
    select: {
      userId: true,
      title: true,
      firstName: true,
      lastName: true,
      locations: {
        orderBy: { locationId: "asc" },
        select: { location: { select: { name: true, city: true } } },
      },
    },
  },
} as const satisfies Prisma.AccessLogEntrySelect;

export type AccessLogRow = Prisma.AccessLogEntryGetPayload<{ select: typeof ENTRY_FIELDS }>;

// Entries about anyone on the account (the holder and their relatives), newest first.
const ABOUT_ACCOUNT = (ownerId: string) =>
  ({ patient: { ownerId } }) satisfies Prisma.AccessLogEntryWhereInput;
const NEWEST_FIRST = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.AccessLogEntryOrderByWithRelationInput[];

export async function findAccessLogPage(
  ownerId: string,
  skip: number,
  take: number,
): Promise<{ rows: AccessLogRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.accessLogEntry.findMany({
      where: ABOUT_ACCOUNT(ownerId),
      orderBy: NEWEST_FIRST,
      select: ENTRY_FIELDS,
      skip,
      take,
    }),
    db.accessLogEntry.count({ where: ABOUT_ACCOUNT(ownerId) }),
  ]);
  return { rows, total };
}

export function findWholeAccessLog(ownerId: string): Promise<AccessLogRow[]> {
  return db.accessLogEntry.findMany({
    where: ABOUT_ACCOUNT(ownerId),
    orderBy: NEWEST_FIRST,
    select: ENTRY_FIELDS,
  });
}
