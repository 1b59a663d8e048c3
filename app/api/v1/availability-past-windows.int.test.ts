import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { insertFixtures } from "@/lib/search/testing/search-fixtures";
import { isoDateOfLocalDay, localDayAt } from "@/lib/utils/zoned-time";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// A window of days before today is a question with an empty answer, not a server error:
// whatever `from` and `to` a client sends around today, the availability API answers 200
// (no slot before now) or 422 (an invalid window), and logs nothing.

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  await insertFixtures(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

const SLUG = "claire-lefevre";
const PARIS = "Europe/Paris";

async function availability(query: Record<string, string>): Promise<Response> {
  const { GET } = await import("./practitioners/[slug]/availability/route");
  const url = `http://praxis.test/api/v1/practitioners/${SLUG}/availability?${new URLSearchParams(query)}`;
  return GET(new Request(url), { params: Promise.resolve({ slug: SLUG }) });
}

describe("availability windows around today", () => {
  it("answers a window wholly in the past with no slots", async () => {
    const response = await availability({ from: "2026-01-01" });
    expect(response.status).toBe(200);
    expect((await response.json()).slots).toEqual([]);
  });

  it("never answers 500 for any from/to pair around today", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const today = localDayAt(Date.now(), PARIS);
    const day = fc
      .integer({ min: -800, max: 40 })
      .map((offset) => isoDateOfLocalDay(today + offset));
    try {
      await fc.assert(
        fc.asyncProperty(day, fc.option(day), async (from, to) => {
          const response = await availability(to === null ? { from } : { from, to });
          expect([200, 422]).toContain(response.status);
          if (response.status !== 200) return;
          const body = (await response.json()) as { slots: { start: string }[] };
          for (const slot of body.slots) {
            expect(new Date(slot.start).getTime()).toBeGreaterThan(Date.now() - 60_000);
          }
          if (to !== null && to < isoDateOfLocalDay(today)) expect(body.slots).toEqual([]);
        }),
        { numRuns: 60 },
      );
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
