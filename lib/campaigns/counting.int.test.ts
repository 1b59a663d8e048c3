import { describe, expect, it } from "vitest";
import {
  createAccount,
  createBookablePractice,
  localSlot,
} from "@/lib/appointments/testing/booking-fixtures";
import type { FunnelStep } from "@/lib/generated/prisma/enums";
import { withAppTestDatabase } from "@/scripts/testing/app-test-database";
import { CounterTally } from "./counter-tally";
import { campaignDayOf, countedEntry } from "./funnel";

// The counters on PostgreSQL: only running campaigns count, concurrent increments are all
// kept, a booking counts its completion in its own statement and a failed one nothing,
// retention deletes what is old, and the tables hold nothing but aggregates.

const { prisma } = withAppTestDatabase();
const NOW = new Date();
const TODAY = campaignDayOf(NOW);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const daysFrom = (iso: string, days: number) =>
  new Date(date(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function createCampaign(slug: string, changes: Record<string, unknown> = {}) {
  return prisma().campaign.create({
    data: {
      slug,
      name: slug,
      startsOn: date(daysFrom(TODAY, -10)),
      endsOn: date(daysFrom(TODAY, 10)),
      ...changes,
    },
  });
}

async function countOf(slug: string, step: FunnelStep, day = TODAY): Promise<number> {
  const row = await prisma().campaignDailyCounter.findFirst({
    where: { campaign: { slug }, step, day: date(day) },
  });
  return row?.count ?? 0;
}

const counters = () => import("./queries");

describe("flushing counted steps", () => {
  it("adds to a running campaign and drops unknown, ended, future and archived ones", async () => {
    await createCampaign("en-cours");
    await createCampaign("terminee", { endsOn: date(daysFrom(TODAY, -1)) });
    await createCampaign("a-venir", { startsOn: date(daysFrom(TODAY, 1)) });
    await createCampaign("archivee", { archivedAt: new Date() });
    const tally = new CounterTally((await counters()).addToCounters);
    for (const slug of ["en-cours", "terminee", "a-venir", "archivee", "inconnue"]) {
      tally.add(countedEntry(slug, "LANDING", NOW));
      tally.add(countedEntry(slug, "LANDING", NOW));
    }
    await tally.flush();
    await tally.flush(); // nothing pending: writes nothing more

    expect(await countOf("en-cours", "LANDING")).toBe(2);
    expect(
      await prisma().campaignDailyCounter.count({
        where: { campaign: { slug: { not: "en-cours" } } },
      }),
    ).toBe(0);
  });

  it("keeps every one of 2,000 concurrent increments, flushed by four processes at once", async () => {
    await createCampaign("chaude");
    const { addToCounters } = await counters();
    const processes = Array.from({ length: 4 }, () => new CounterTally(addToCounters));
    await Promise.all(
      Array.from({ length: 2_000 }, async (_, index) => {
        await Promise.resolve();
        const tally = processes[index % processes.length];
        tally.add(countedEntry("chaude", "SEARCH", NOW));
        if (index % 100 === 0) await tally.flush();
      }),
    );
    await Promise.all(processes.map((tally) => tally.flush()));
    expect(await countOf("chaude", "SEARCH")).toBe(2_000);
  });

  it("counts a booking's completion in the booking's statement, and nothing for a failed one", async () => {
    await createCampaign("reservation");
    await createCampaign("finie", { endsOn: date(daysFrom(TODAY, -2)) });
    const { bookAppointment } = await import("@/lib/appointments/book-appointment");
    const practice = await createBookablePractice(prisma());
    const account = await createAccount(prisma(), "campagne");
    const actor = { id: account.userId, role: "PATIENT" as const };
    const input = (minute: number) => ({
      practitionerId: practice.practitionerId,
      motiveId: practice.motiveId,
      patientId: account.selfId,
      startsAt: localSlot(3, minute),
    });

    await bookAppointment(actor, input(10 * 60), "cle-1", new Date(), "reservation");
    expect(await countOf("reservation", "BOOKING_COMPLETED")).toBe(1);

    // The same slot again (taken), and a replay of the first request: no new appointment,
    // no count. An ended campaign's booking is a booking, but not counted.
    await expect(
      bookAppointment(actor, input(10 * 60), "cle-2", new Date(), "reservation"),
    ).rejects.toMatchObject({ code: "SLOT_TAKEN" });
    await bookAppointment(actor, input(10 * 60), "cle-1", new Date(), "reservation");
    await bookAppointment(actor, input(11 * 60), "cle-3", new Date(), "finie");
    expect(await countOf("reservation", "BOOKING_COMPLETED")).toBe(1);
    expect(await countOf("finie", "BOOKING_COMPLETED")).toBe(0);

    // Five at once on one free slot: the losers fail in the database (exclusion constraint)
    // or at the check; only the one booking made is counted.
    const race = await Promise.allSettled(
      ["a", "b", "c", "d", "e"].map((key) =>
        bookAppointment(actor, input(12 * 60), `course-${key}`, new Date(), "reservation"),
      ),
    );
    expect(race.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await countOf("reservation", "BOOKING_COMPLETED")).toBe(2);
    expect(await prisma().appointment.count()).toBe(3);
  });
});

describe("retention", () => {
  it("deletes counters older than 25 months and campaigns archived more than 25 months ago", async () => {
    const now = new Date("2031-06-15T10:00:00Z");
    const kept = await createCampaign("garde-2031", { startsOn: null, endsOn: null });
    const old = await createCampaign("vieille-2029", {
      archivedAt: new Date("2029-05-14T10:00:00Z"),
    });
    const recent = await createCampaign("archivee-2030", {
      archivedAt: new Date("2030-01-10T10:00:00Z"),
    });
    const cell = (campaignId: string, day: string) => ({
      campaignId,
      day: date(day),
      step: "LANDING" as const,
      count: 12,
    });
    await prisma().campaignDailyCounter.createMany({
      data: [
        cell(kept.id, "2029-05-14"),
        cell(kept.id, "2029-05-15"),
        cell(old.id, "2029-06-01"),
        cell(recent.id, "2029-12-01"),
      ],
    });
    const { purgeExpiredCampaignData } = await counters();
    const { CAMPAIGN_RETENTION_MONTHS } = await import("./retention");

    await purgeExpiredCampaignData(prisma(), now, CAMPAIGN_RETENTION_MONTHS);

    const campaigns = await prisma().campaign.findMany({
      where: { id: { in: [kept.id, old.id, recent.id] } },
      select: { slug: true },
    });
    expect(campaigns.map((c) => c.slug).sort()).toEqual(["archivee-2030", "garde-2031"]);
    const left = await prisma().campaignDailyCounter.findMany({
      where: { campaignId: { in: [kept.id, old.id, recent.id] } },
      select: { day: true },
      orderBy: { day: "asc" },
    });
    expect(left.map((row) => row.day.toISOString().slice(0, 10))).toEqual([
      "2029-05-15",
      "2029-12-01",
    ]);
  });
});

describe("what the measurement tables hold", () => {
  it("campaign_daily_counters has a campaign, a day, a step and a count, nothing else", async () => {
    const columns = await prisma().$queryRaw<{ column_name: string }[]>`
      SELECT column_name::text FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'campaign_daily_counters'
      ORDER BY column_name`;
    expect(columns.map((column) => column.column_name)).toEqual([
      "campaign_id",
      "count",
      "day",
      "step",
    ]);
  });

  it("no other table names a campaign: an appointment never says where its patient came from", async () => {
    const columns = await prisma().$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name::text, column_name::text FROM information_schema.columns
      WHERE table_schema = current_schema()
        AND (column_name ILIKE '%campa%' OR column_name ILIKE '%utm%' OR column_name ILIKE '%click%')
        AND table_name NOT IN ('campaigns', 'campaign_daily_counters')`;
    expect(columns).toEqual([]);
  });
});
