import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// Prisma loads a query's relations all at once; inside a transaction they share one pg
// client. pg warns (once per process) when a query is sent while another is running:
// createPrismaClient must send them one after the other.

const QUEUED_QUERY = /already executing a query/;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const prisma = createPrismaClient(database.url, 1);
  // One practitioner with one motive, created in one nested write.
  await prisma.practitioner.create({
    data: {
      slug: "dr-claire-martin",
      firstName: "Claire",
      lastName: "Martin",
      specialty: { create: { slug: "orl", nameFr: "ORL", nameEn: "ENT", nameDe: "HNO" } },
      motives: { create: { name: "Consultation", durationMinutes: 30 } },
    },
  });
  await prisma.$disconnect();
});

afterAll(async () => {
  await database?.drop();
});

/**
 * A read of three relations in a transaction, and the warnings it raised. They are caught
 * rather than printed: the control below raises one on purpose, and `npm test` must print
 * no warning a newcomer would wonder about.
 */
async function readRelationsInTransaction(prisma: PrismaClient) {
  const warnings: string[] = [];
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error) => {
    warnings.push(typeof warning === "string" ? warning : warning.message);
  }) as typeof process.emitWarning;
  try {
    const rows = await prisma.$transaction((tx) =>
      tx.practitioner.findMany({
        select: { slug: true, specialty: true, motives: true, locations: true },
      }),
    );
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    return { rows, warnings };
  } finally {
    process.emitWarning = emitWarning;
    await prisma.$disconnect();
  }
}

describe("createPrismaClient", () => {
  it("sends a transaction's statements to pg one at a time", async () => {
    const { rows, warnings } = await readRelationsInTransaction(
      createPrismaClient(database.url, 2),
    );
    expect(rows).toEqual([
      expect.objectContaining({ slug: "dr-claire-martin", motives: [expect.anything()] }),
    ]);
    expect(warnings.filter((message) => QUEUED_QUERY.test(message))).toEqual([]);
  });

  // The control: the same read through Prisma's own adapter does queue queries, so the test
  // above would see the warning if createPrismaClient let it happen.
  it("is needed: Prisma's plain pg adapter queues them", async () => {
    const plain = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    const { warnings } = await readRelationsInTransaction(plain);
    expect(warnings.some((message) => QUEUED_QUERY.test(message))).toBe(true);
  });
});
