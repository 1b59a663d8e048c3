import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

let database: TestDatabase;
let prisma: PrismaClient;
let recordCspReports: typeof import("./record-csp-reports").recordCspReports;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 1);
  // lib/db reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  ({ recordCspReports } = await import("./record-csp-reports"));
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

function report(documentUri: string, blockedUri: string): string {
  return JSON.stringify({
    "csp-report": {
      "document-uri": documentUri,
      "effective-directive": "img-src",
      "blocked-uri": blockedUri,
    },
  });
}

describe("recordCspReports", () => {
  it("stores aggregates per day and increments them, concurrent reports included", async () => {
    const now = new Date("2030-03-04T23:59:00Z");
    const body = report(
      "https://praxis.test/recherche?q=psychiatre",
      "https://ads.example/p.gif?uid=7",
    );

    await Promise.all(
      Array.from({ length: 10 }, () => recordCspReports("application/csp-report", body, now)),
    );

    const rows = await prisma.cspReport.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      day: new Date("2030-03-04T00:00:00Z"),
      directive: "img-src",
      blockedHost: "ads.example",
      documentPath: "/recherche",
      count: 10,
    });
  });

  it("counts a batch of identical violations in one row", async () => {
    const violation = {
      type: "csp-violation",
      body: {
        documentURL: "https://praxis.test/",
        effectiveDirective: "font-src",
        blockedURL: "https://fonts.example/a.woff2",
      },
    };
    const kept = await recordCspReports(
      "application/reports+json",
      JSON.stringify([violation, violation, violation]),
      new Date("2030-03-05T08:00:00Z"),
    );

    expect(kept).toBe(3);
    const row = await prisma.cspReport.findFirstOrThrow({ where: { directive: "font-src" } });
    expect(row.count).toBe(3);
  });
});
