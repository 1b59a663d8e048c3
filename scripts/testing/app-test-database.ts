import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { createPrismaClient, type PrismaClient } from "../../lib/db-client";

/**
 * For integration tests of use cases that use the app's own client (lib/db): a fresh
 * database for the file, set as DATABASE_URL before the app reads its configuration, and a
 * separate client for the test's own reads and set-up.
 */
export function withAppTestDatabase(): { prisma: () => PrismaClient } {
  let database: TestDatabase | undefined;
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET ??= "integration-tests-secret-of-at-least-32-chars";
    prisma = createPrismaClient(database.url, 4);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    const { db } = await import("../../lib/db");
    await db.$disconnect();
    await database?.drop();
  });
  return {
    prisma: () => {
      if (!prisma) throw new Error("the test database is not ready yet");
      return prisma;
    },
  };
}
