import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import {
  addAbsence,
  book,
  FIXTURE_NOW,
  insertFixtures,
  type FixtureIds,
} from "../testing/search-fixtures";

// The availability summaries are a cache of the engine's answers: these tests prove that
// every kind of change makes them stale, whatever code makes it, and that a recomputation
// racing with a change never stores the outdated answer as fresh.

let database: TestDatabase;
let prisma: PrismaClient;
let ids: FixtureIds;
let summaries: typeof import("./queries");
let refreshSummaries: typeof import("./refresh-summaries").refreshSummaries;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  summaries = await import("./queries");
  ({ refreshSummaries } = await import("./refresh-summaries"));
  ids = await insertFixtures(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

const idOf = (slug: string) => ids.practitioners.get(slug)!;

async function isFresh(slug: string): Promise<boolean> {
  const row = await prisma.practitionerAvailabilitySummary.findUniqueOrThrow({
    where: { practitionerId: idOf(slug) },
  });
  return row.computedVersion === row.version && row.validUntil! > FIXTURE_NOW;
}

async function expectChangeToStale(slug: string, change: () => Promise<unknown>) {
  await refreshSummaries([idOf(slug)], FIXTURE_NOW);
  expect(await isFresh(slug)).toBe(true);
  await change();
  expect(await isFresh(slug)).toBe(false);
}

describe("availability summaries", () => {
  it("store the engine's next free days", async () => {
    const fresh = await refreshSummaries([idOf("claire-lefevre")], FIXTURE_NOW);
    expect(fresh.get(idOf("claire-lefevre"))?.days[0]).toEqual({
      date: "2030-01-07",
      starts: [
        "2030-01-07T07:00:00.000Z",
        "2030-01-07T07:30:00.000Z",
        "2030-01-07T08:00:00.000Z",
        "2030-01-07T08:30:00.000Z",
      ],
    });
    const [stored] = await summaries.findSummaries([idOf("claire-lefevre")]);
    expect(stored.firstDayStarts).toHaveLength(8);
  });

  it("go stale on bookings, cancellations, absences, hours, motives and booking rules", async () => {
    const slug = "claire-lefevre";
    const practitionerId = idOf(slug);
    await expectChangeToStale(slug, () =>
      book(prisma, ids, slug, new Date("2030-01-07T07:00:00Z"), 1),
    );
    await expectChangeToStale(slug, () =>
      prisma.appointment.updateMany({
        where: { practitionerId },
        data: { status: "CANCELLED", cancelledAt: FIXTURE_NOW },
      }),
    );
    await expectChangeToStale(slug, () =>
      addAbsence(prisma, ids, slug, FIXTURE_NOW, new Date("2030-01-08T00:00:00Z")),
    );
    await expectChangeToStale(slug, () => prisma.absence.deleteMany({ where: { practitionerId } }));
    await expectChangeToStale(slug, () =>
      prisma.openingHours.updateMany({
        where: { practitionerId, weekday: 1 },
        data: { endMinute: 600 },
      }),
    );
    await expectChangeToStale(slug, () =>
      prisma.motive.create({ data: { practitionerId, name: "Court", durationMinutes: 10 } }),
    );
    await expectChangeToStale(slug, () =>
      prisma.practitioner.update({ where: { id: practitionerId }, data: { minNoticeMinutes: 60 } }),
    );
  });

  it("stay fresh through changes that free or take no time", async () => {
    const slug = "marc-lefebvre";
    await book(prisma, ids, slug, new Date("2030-01-08T07:00:00Z"), 1);
    await refreshSummaries([idOf(slug)], FIXTURE_NOW);
    await prisma.appointment.updateMany({
      where: { practitionerId: idOf(slug) },
      data: { reminderQueuedAt: FIXTURE_NOW },
    });
    await prisma.practitioner.update({ where: { id: idOf(slug) }, data: { bio: "Nouvelle bio" } });
    expect(await isFresh(slug)).toBe(true);
  });

  it("drop a recomputation that a change overtook", async () => {
    const slug = "hugo-petit";
    const [claim] = await summaries.claimSummaryVersions([idOf(slug)]);
    // The engine would now read the calendar; a booking commits before the write.
    await book(prisma, ids, slug, new Date("2030-01-07T07:00:00Z"), 2);
    await summaries.saveSummaries(
      [
        {
          practitionerId: claim.practitionerId,
          version: claim.version!,
          summary: { firstDayStarts: [], days: [], validUntil: new Date("2031-01-01") },
        },
      ],
      FIXTURE_NOW,
    );
    expect(await isFresh(slug)).toBe(false);
  });

  it("leave deleting a practitioner possible", async () => {
    const slug = "anne-durand";
    await refreshSummaries([idOf(slug)], FIXTURE_NOW);
    await prisma.practitioner.delete({ where: { id: idOf(slug) } });
    expect(
      await prisma.practitionerAvailabilitySummary.count({ where: { practitionerId: idOf(slug) } }),
    ).toBe(0);
  });
});
