import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DELETE as deleteAbsenceRoute } from "@/app/api/v1/practitioner/absences/[id]/route";
import {
  GET as listAbsencesRoute,
  POST as createAbsenceRoute,
} from "@/app/api/v1/practitioner/absences/route";
import {
  GET as getRulesRoute,
  PUT as putRulesRoute,
} from "@/app/api/v1/practitioner/booking-rules/route";
import { GET as getHoursRoute, PUT as putHoursRoute } from "@/app/api/v1/practitioner/hours/route";
import { PATCH as patchMotiveRoute } from "@/app/api/v1/practitioner/motives/[id]/route";
import {
  GET as listMotivesRoute,
  POST as createMotiveRoute,
} from "@/app/api/v1/practitioner/motives/route";
import { GET as availabilityRoute } from "@/app/api/v1/practitioners/[slug]/availability/route";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  PARIS,
  type BookablePractice,
} from "@/lib/appointments/testing/booking-fixtures";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { isoDateOfLocalDay, localDayAt, MS_PER_DAY } from "@/lib/utils/zoned-time";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import {
  createPractitionerAccount,
  createSecretaryAccount,
  staffRequest,
  type StaffAccount,
} from "./testing/staff-session";

// The practice's settings through their route handlers on a migrated database: what they
// change reaches the public availability API and search at once, bad input changes nothing.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () =>
  import("./testing/staff-session").then((m) => m.staffSessionModule),
);

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: BookablePractice;
let doctor: StaffAccount;
let slug: string;
let secondLocationId: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  prisma = createPrismaClient(testDatabase.url, 4);
  state.client = prisma;
  practice = await createBookablePractice(prisma);
  doctor = await createPractitionerAccount(prisma, practice.practitionerId);
  const practitioner = await prisma.practitioner.update({
    where: { id: practice.practitionerId },
    data: {
      locations: {
        create: {
          location: {
            create: {
              address: "3 rue Oberkampf",
              postcode: "75011",
              city: "Paris",
              latitude: 48.86,
              longitude: 2.37,
            },
          },
        },
      },
    },
    include: { locations: true },
  });
  slug = practitioner.slug;
  secondLocationId = practitioner.locations.find(
    (link) => link.locationId !== practice.locationId,
  )!.locationId;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

const call = async (
  handler: (request: Request, context?: never) => Promise<Response>,
  path: string,
  options: { account?: StaffAccount | null; method?: string; body?: unknown; params?: object } = {},
) => {
  const { account = doctor, method, body, params } = options;
  const response = await handler(
    staffRequest(path, account, { method, body }),
    (params ? { params: Promise.resolve(params) } : undefined) as never,
  );
  return { status: response.status, body: await response.json() };
};

const today = () => isoDateOfLocalDay(localDayAt(Date.now(), PARIS));
const daysAhead = (days: number) => isoDateOfLocalDay(localDayAt(Date.now(), PARIS) + days);

async function slotDays(query = ""): Promise<string[]> {
  const { status, body } = await call(
    availabilityRoute as never,
    `/api/v1/practitioners/${slug}/availability?${query}`,
    { account: null, params: { slug } },
  );
  expect(status).toBe(200);
  return [...new Set((body.slots as { start: string }[]).map((slot) => slot.start.slice(0, 10)))];
}

async function bookAt(start: Date, motiveId = practice.motiveId) {
  const account = await createAccount(prisma, "patient");
  return prisma.appointment.create({
    data: {
      practitionerId: practice.practitionerId,
      patientId: account.selfId,
      bookedById: account.userId,
      motiveId,
      locationId: practice.locationId,
      startsAt: start,
      endsAt: new Date(start.getTime() + 30 * 60_000),
    },
  });
}

const everyDay = (start: string, end: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));

describe("weekly hours", () => {
  it("refuses ranges that end before they start or run past midnight, changing nothing", async () => {
    const before = await prisma.openingHours.count();
    for (const range of [
      { weekday: 1, start: "12:00", end: "09:00" },
      { weekday: 1, start: "09:00", end: "09:00" },
      { weekday: 1, start: "22:00", end: "25:00" },
      { weekday: 8, start: "09:00", end: "10:00" },
    ]) {
      const { status } = await call(putHoursRoute, "/api/v1/practitioner/hours", {
        method: "PUT",
        body: { locationId: practice.locationId, effectiveFrom: today(), ranges: [range] },
      });
      expect(status).toBe(422);
    }
    expect(await prisma.openingHours.count()).toBe(before);
  });

  it("refuses hours that overlap the practitioner's hours at another practice (422)", async () => {
    const before = await prisma.openingHours.findMany({ orderBy: { id: "asc" } });
    const { status, body } = await call(putHoursRoute, "/api/v1/practitioner/hours", {
      method: "PUT",
      body: {
        locationId: secondLocationId,
        effectiveFrom: daysAhead(1),
        ranges: [{ weekday: 2, start: "12:00", end: "14:00" }],
      },
    });
    expect(status).toBe(422);
    expect(body.error.fields.ranges).toHaveLength(1);
    expect(await prisma.openingHours.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("changes one practice from a chosen day, keeps the past, and lists what falls outside", async () => {
    const afternoon = await bookAt(localSlot(4, 15 * 60));
    const morning = await bookAt(localSlot(4, 9 * 60));
    const from = daysAhead(2);
    const { status, body } = await call(putHoursRoute, "/api/v1/practitioner/hours", {
      method: "PUT",
      body: {
        locationId: practice.locationId,
        effectiveFrom: from,
        ranges: [...everyDay("08:00", "12:00"), ...everyDay("13:30", "14:30")],
      },
    });
    expect(status).toBe(200);
    expect(body.outsideHours.map((appointment: { id: string }) => appointment.id)).toEqual([
      afternoon.id,
    ]);
    expect(body.outsideHours).not.toContainEqual(expect.objectContaining({ id: morning.id }));
    // Nothing cancelled; the old rows end the day before, the new ones start on that day.
    expect(
      (await prisma.appointment.findUniqueOrThrow({ where: { id: afternoon.id } })).status,
    ).toBe("BOOKED");
    const rows = await prisma.openingHours.findMany({
      where: { locationId: practice.locationId },
    });
    const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - MS_PER_DAY);
    expect(rows.filter((row) => row.validFrom === null).map((row) => row.validTo)).toEqual(
      Array(7).fill(dayBefore),
    );
    expect(rows.filter((row) => row.validFrom?.toISOString().startsWith(from))).toHaveLength(14);

    // Tomorrow still has its afternoon; the day after, only the new ranges are offered.
    const slots = await call(
      availabilityRoute as never,
      `/api/v1/practitioners/${slug}/availability?from=${daysAhead(1)}&to=${daysAhead(2)}`,
      { account: null, params: { slug } },
    );
    const starts = (slots.body.slots as { start: string }[]).map((slot) => slot.start);
    expect(starts.some((start) => start.startsWith(`${daysAhead(1)}T16:`))).toBe(true);
    expect(
      starts
        .filter((start) => start.startsWith(daysAhead(2)))
        .every((start) => {
          const hour = Number(start.slice(11, 13));
          return hour < 12 || (hour >= 13 && hour < 15);
        }),
    ).toBe(true);

    const hours = await call(getHoursRoute, "/api/v1/practitioner/hours");
    expect(hours.status).toBe(200);
    const own = hours.body.practices.find(
      (entry: { locationId: string }) => entry.locationId === practice.locationId,
    );
    expect(own.scheduled).toEqual([{ from, ranges: expect.any(Array) }]);
  });

  it("is the practitioner's own: a secretary gets 403, another role 404", async () => {
    const secretary = await createSecretaryAccount(prisma, practice.practitionerId, "MANAGE");
    expect(
      (await call(getHoursRoute, "/api/v1/practitioner/hours", { account: secretary })).status,
    ).toBe(403);
    expect(
      (await call(getHoursRoute, "/api/v1/practitioner/hours", { account: null })).status,
    ).toBe(401);
  });
});

describe("motives", () => {
  const motive = {
    name: "Consultation de suivi",
    durationMinutes: 20,
    color: "#0F766E",
    audience: "ALL",
    teleconsultation: false,
    locationIds: [],
  };

  it("refuses a duration of 0 or 1,000 minutes, and a colour that is not #rrggbb", async () => {
    const before = await prisma.motive.count();
    for (const body of [
      { ...motive, durationMinutes: 0 },
      { ...motive, durationMinutes: 1000 },
      { ...motive, color: "red" },
      { ...motive, name: "" },
    ]) {
      const { status } = await call(createMotiveRoute, "/api/v1/practitioner/motives", {
        method: "POST",
        body,
      });
      expect(status).toBe(422);
    }
    expect(await prisma.motive.count()).toBe(before);
  });

  it("creates, reorders and deactivates; a motive offered at one practice has slots there only", async () => {
    const created = await call(createMotiveRoute, "/api/v1/practitioner/motives", {
      method: "POST",
      body: { ...motive, locationIds: [secondLocationId] },
    });
    expect(created.status).toBe(201);
    const { id } = created.body.motive;
    expect(created.body.motive).toMatchObject({ color: "#0f766e", audience: "ALL", active: true });

    // The second practice has no hours, so a motive offered only there has no slot at all.
    expect(await slotDays(`motive=${id}`)).toEqual([]);
    await call(patchMotiveRoute, `/api/v1/practitioner/motives/${id}`, {
      method: "PATCH",
      body: { locationIds: [] },
      params: { id },
    });
    expect((await slotDays(`motive=${id}`)).length).toBeGreaterThan(0);

    const moved = await call(patchMotiveRoute, `/api/v1/practitioner/motives/${id}`, {
      method: "PATCH",
      body: { position: 0, audience: "PRACTICE" },
      params: { id },
    });
    expect(moved.status).toBe(200);
    const list = await call(listMotivesRoute, "/api/v1/practitioner/motives");
    expect(list.body.motives.map((entry: { id: string }) => entry.id)[0]).toBe(id);
    expect(list.body.motives[0].audience).toBe("PRACTICE");

    const off = await call(patchMotiveRoute, `/api/v1/practitioner/motives/${id}`, {
      method: "PATCH",
      body: { active: false },
      params: { id },
    });
    expect(off.body.motive.active).toBe(false);
    const inactive = await call(
      availabilityRoute as never,
      `/api/v1/practitioners/${slug}/availability?motive=${id}`,
      { account: null, params: { slug } },
    );
    expect(inactive.status).toBe(422);
  });

  it("answers 404 for another practitioner's motive and never deletes one with appointments", async () => {
    const other = await createBookablePractice(prisma);
    const { status } = await call(
      patchMotiveRoute,
      `/api/v1/practitioner/motives/${other.motiveId}`,
      {
        method: "PATCH",
        body: { active: false },
        params: { id: other.motiveId },
      },
    );
    expect(status).toBe(404);
    await bookAt(localSlot(10, 10 * 60));
    await expect(prisma.motive.delete({ where: { id: practice.motiveId } })).rejects.toThrow();
  });
});

describe("booking rules", () => {
  const rules = {
    minNoticeMinutes: 60,
    bookingHorizonDays: 60,
    bufferMinutes: 0,
    cancellationDeadlineHours: 24,
    acceptsNewPatients: true,
  };

  it("refuses a horizon of ten years, changing nothing", async () => {
    const before = await call(getRulesRoute, "/api/v1/practitioner/booking-rules");
    for (const body of [
      { ...rules, bookingHorizonDays: 3650 },
      { ...rules, minNoticeMinutes: -5 },
      { ...rules, bufferMinutes: 1.5 },
    ]) {
      const { status } = await call(putRulesRoute, "/api/v1/practitioner/booking-rules", {
        method: "PUT",
        body,
      });
      expect(status).toBe(422);
    }
    expect((await call(getRulesRoute, "/api/v1/practitioner/booking-rules")).body).toEqual(
      before.body,
    );
  });

  it("a shorter horizon or a longer notice shows at once in availability and search", async () => {
    const week = `from=${today()}&to=${daysAhead(6)}`;
    expect((await slotDays(week)).length).toBeGreaterThanOrEqual(6);
    await refreshSummariesNow();

    await call(putRulesRoute, "/api/v1/practitioner/booking-rules", {
      method: "PUT",
      body: { ...rules, bookingHorizonDays: 2 },
    });
    expect((await slotDays(week)).every((day) => day <= daysAhead(2))).toBe(true);
    expect(await isSummaryStale()).toBe(true);
    expect((await searchDays()).every((day) => day <= daysAhead(2))).toBe(true);

    await call(putRulesRoute, "/api/v1/practitioner/booking-rules", {
      method: "PUT",
      body: { ...rules, minNoticeMinutes: 3 * 24 * 60 },
    });
    expect((await slotDays(week)).every((day) => day >= daysAhead(3))).toBe(true);
    expect((await searchDays()).every((day) => day >= daysAhead(3))).toBe(true);

    await call(putRulesRoute, "/api/v1/practitioner/booking-rules", { method: "PUT", body: rules });
  });
});

describe("absences", () => {
  it("refuses a 10,000-character label and an end before the start, changing nothing", async () => {
    const period = {
      startsAt: localSlot(20, 0).toISOString(),
      endsAt: localSlot(21, 0).toISOString(),
    };
    for (const body of [
      { ...period, label: "x".repeat(10_000) },
      { startsAt: period.endsAt, endsAt: period.startsAt },
      { ...period, label: 42 },
    ]) {
      const { status } = await call(createAbsenceRoute, "/api/v1/practitioner/absences", {
        method: "POST",
        body,
      });
      expect(status).toBe(422);
    }
    expect(await prisma.absence.count()).toBe(0);
  });

  it("removes the day's slots from availability and, within one worker round, from search", async () => {
    // Within the first days search keeps (SUMMARY_DAYS).
    const day = daysAhead(1);
    expect(await slotDays(`from=${day}&to=${day}`)).toEqual([day]);
    await refreshSummariesNow();
    expect(await summaryDays()).toContain(day);

    const created = await call(createAbsenceRoute, "/api/v1/practitioner/absences", {
      method: "POST",
      body: {
        startsAt: localSlot(1, 0).toISOString(),
        endsAt: localSlot(2, 0).toISOString(),
        label: "<b>Congrès</b>",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.absence.label).toBe("<b>Congrès</b>");
    expect(await slotDays(`from=${day}&to=${day}`)).toEqual([]);
    await refreshSummariesNow();
    expect(await summaryDays()).not.toContain(day);

    const list = await call(listAbsencesRoute, "/api/v1/practitioner/absences");
    expect(list.body.absences).toHaveLength(1);
    const removed = await call(
      deleteAbsenceRoute,
      `/api/v1/practitioner/absences/${created.body.absence.id}`,
      {
        method: "DELETE",
        params: { id: created.body.absence.id },
      },
    );
    expect(removed.status).toBe(200);
    expect(await slotDays(`from=${day}&to=${day}`)).toEqual([day]);
  });

  it("over booked appointments: asks first (409), then cancels them with one neutral mail each", async () => {
    const first = await bookAt(localSlot(7, 9 * 60));
    const second = await bookAt(localSlot(7, 10 * 60));
    const period = {
      startsAt: localSlot(7, 0).toISOString(),
      endsAt: localSlot(8, 0).toISOString(),
      label: "Formation",
    };
    const asked = await call(createAbsenceRoute, "/api/v1/practitioner/absences", {
      method: "POST",
      body: period,
    });
    expect(asked.status).toBe(409);
    expect(asked.body.error.appointments.map((entry: { id: string }) => entry.id)).toEqual([
      first.id,
      second.id,
    ]);
    expect(await prisma.absence.count()).toBe(0);

    const mailsBefore = await prisma.outboxMail.count();
    const done = await call(createAbsenceRoute, "/api/v1/practitioner/absences", {
      method: "POST",
      body: { ...period, cancelAppointments: true },
    });
    expect(done.status).toBe(201);
    expect(done.body.cancelled).toBe(2);
    const cancelled = await prisma.appointment.findMany({
      where: { id: { in: [first.id, second.id] } },
    });
    expect(cancelled.map((appointment) => appointment.status)).toEqual(["CANCELLED", "CANCELLED"]);
    const mails = await prisma.outboxMail.findMany({
      orderBy: { createdAt: "asc" },
      skip: mailsBefore,
    });
    expect(mails).toHaveLength(2);
    const recipients = new Set(mails.map((mail) => mail.recipient));
    expect(recipients.size).toBe(2);
    for (const mail of mails) {
      const text = `${mail.subject}\n${mail.textBody}\n${mail.htmlBody}`;
      expect(text).not.toMatch(/cardio|insuffisance|Formation/i);
    }
  });

  it("keeps appointments when told to, and lets a managing secretary add blocked time", async () => {
    const kept = await bookAt(localSlot(9, 11 * 60));
    const secretary = await createSecretaryAccount(prisma, practice.practitionerId, "MANAGE");
    const viewer = await createSecretaryAccount(prisma, practice.practitionerId, "VIEW");
    const body = {
      startsAt: localSlot(9, 11 * 60).toISOString(),
      endsAt: localSlot(9, 12 * 60).toISOString(),
      practitionerId: practice.practitionerId,
      cancelAppointments: false,
    };
    const refused = await call(createAbsenceRoute, "/api/v1/practitioner/absences", {
      account: viewer,
      method: "POST",
      body,
    });
    expect(refused.status).toBe(403);
    const done = await call(createAbsenceRoute, "/api/v1/practitioner/absences", {
      account: secretary,
      method: "POST",
      body,
    });
    expect(done.status).toBe(201);
    expect(done.body.kept.map((entry: { id: string }) => entry.id)).toEqual([kept.id]);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe(
      "BOOKED",
    );
  });
});

// ---------------------------------------------------------------- search

async function refreshSummariesNow() {
  const { refreshAllStaleSummaries } = await import("@/lib/search/summaries/refresh-summaries");
  await refreshAllStaleSummaries(new Date());
}

async function summaryDays(): Promise<string[]> {
  const row = await prisma.practitionerAvailabilitySummary.findUniqueOrThrow({
    where: { practitionerId: practice.practitionerId },
  });
  return (row.days as { date: string }[]).map((day) => day.date);
}

async function isSummaryStale(): Promise<boolean> {
  const row = await prisma.practitionerAvailabilitySummary.findUniqueOrThrow({
    where: { practitionerId: practice.practitionerId },
  });
  return row.computedVersion !== row.version;
}

/** The practitioner's next free days as a search shows them. */
async function searchDays(): Promise<string[]> {
  const { searchPractitioners } = await import("@/lib/search/search-practitioners");
  const { searchQuerySchema } = await import("@/lib/search/schemas");
  const outcome = await searchPractitioners(searchQuerySchema.parse({ q: "cardiologue" }));
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  const result = outcome.results.find((entry) => entry.slug === slug);
  if (!result) throw new Error("the practitioner is not in the results");
  return result.nextFreeDays.map((day) => day.date);
}
