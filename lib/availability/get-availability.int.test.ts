import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { formatLocalDateTime } from "@/lib/utils/zoned-time";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { checkRequestedSlot, getAvailability, getNextFreeDays } from "./get-availability";
import type { Slot } from "./types";

// The use cases on a migrated database: what Prisma loads must give the engine's answers,
// in one statement whatever the number of practitioners.

const database = vi.hoisted(() => ({ client: undefined as unknown, queries: 0 }));
vi.mock("@/lib/db", () => ({
  get db() {
    return database.client;
  },
}));

const PARIS = "Europe/Paris";
// Monday 2030-01-07, 07:00 in Paris (UTC+1).
const NOW = new Date("2030-01-07T06:00:00Z");
const IN_THREE_DAYS = new Date("2030-01-10T06:00:00Z");

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  prisma = createPrismaClient(testDatabase.url, 2);
  // Counts model operations and raw statements alike.
  database.client = prisma.$extends({
    query: {
      $allOperations({ args, query }) {
        database.queries++;
        return query(args);
      },
    },
  });
  practice = await createPractice("dr-martin");
});

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

beforeEach(() => {
  database.queries = 0;
});

async function createPractice(slug: string) {
  const specialty = await prisma.specialty.create({
    data: { slug: `generaliste-${slug}`, nameFr: "Généraliste", nameEn: "GP", nameDe: "Hausarzt" },
  });
  const location = await prisma.location.create({
    data: {
      address: "1 rue de la Paix",
      postcode: "75002",
      city: "Paris",
      latitude: 48.87,
      longitude: 2.33,
    },
  });
  const practitioner = await prisma.practitioner.create({
    data: {
      slug,
      firstName: "Claire",
      lastName: "Martin",
      specialtyId: specialty.id,
      timeZone: PARIS,
      bufferMinutes: 10,
      minNoticeMinutes: 60,
      bookingHorizonDays: 30,
      locations: { create: { locationId: location.id } },
      // Monday to Friday 09:00–12:00; Saturdays ended in 2029.
      openingHours: {
        create: [
          ...[1, 2, 3, 4, 5].map((weekday) => ({
            weekday,
            startMinute: 540,
            endMinute: 720,
            locationId: location.id,
          })),
          {
            weekday: 6,
            startMinute: 540,
            endMinute: 720,
            locationId: location.id,
            validTo: new Date("2029-12-31"),
          },
        ],
      },
    },
  });
  const motive = (name: string, durationMinutes: number, extra = {}) =>
    prisma.motive.create({
      data: { practitionerId: practitioner.id, name, durationMinutes, ...extra },
    });
  const consultation = await motive("Consultation", 30);
  const followUp = await motive("Suivi", 20, { allowNewPatients: false });
  const retired = await motive("Ancien motif", 10, { active: false });
  const patient = await prisma.patient.create({ data: { firstName: "Léa" } });
  const appointment = (startsAt: string, endsAt: string, cancelled = false) =>
    prisma.appointment.create({
      data: {
        practitionerId: practitioner.id,
        patientId: patient.id,
        motiveId: followUp.id,
        locationId: location.id,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        ...(cancelled && { status: "CANCELLED" as const, cancelledAt: NOW }),
      },
    });
  // Monday 10:00–10:20 booked, 11:00–11:20 cancelled; all of Tuesday off.
  const booked = await appointment("2030-01-07T09:00:00Z", "2030-01-07T09:20:00Z");
  await appointment("2030-01-07T10:00:00Z", "2030-01-07T10:20:00Z", true);
  await prisma.absence.create({
    data: {
      practitionerId: practitioner.id,
      startsAt: new Date("2030-01-07T23:00:00Z"),
      endsAt: new Date("2030-01-08T23:00:00Z"),
    },
  });
  return {
    practitionerId: practitioner.id,
    locationId: location.id,
    consultation,
    followUp,
    retired,
    booked,
  };
}

const localStarts = (slots: readonly Slot[]) =>
  slots.map((slot) => formatLocalDateTime(slot.startsAt.getTime(), PARIS));
const mondayStarts = (slots: readonly Slot[]) =>
  localStarts(slots)
    .filter((start) => start.startsWith("2030-01-07"))
    .map((start) => start.slice(11));

describe("getAvailability", () => {
  it("uses the shortest active motive and leaves out absences and bookings with their buffer", async () => {
    const [availability] = await getAvailability({
      practitionerIds: [practice.practitionerId],
      from: NOW,
      to: IN_THREE_DAYS,
      now: NOW,
    });
    expect(availability.motive).toEqual({ id: practice.followUp.id, durationMinutes: 20 });
    // 10:00–10:20 is booked and 10 minutes are kept either side; the cancelled 11:00 is free.
    expect(mondayStarts(availability.slots)).toEqual([
      "09:00",
      "09:20",
      "10:40",
      "11:00",
      "11:20",
      "11:40",
    ]);
    expect(localStarts(availability.slots).some((start) => start.startsWith("2030-01-08"))).toBe(
      false,
    );
    expect(availability.slots[0].locationId).toBe(practice.locationId);
  });

  it("follows the motive asked for, or the ones open to a new patient", async () => {
    const request = {
      practitionerIds: [practice.practitionerId],
      from: NOW,
      to: IN_THREE_DAYS,
      now: NOW,
    };
    const [forNewPatient] = await getAvailability({ ...request, isReturningPatient: false });
    expect(forNewPatient.motive?.id).toBe(practice.consultation.id);
    expect(mondayStarts(forNewPatient.slots)).toEqual(["09:00", "10:30", "11:00", "11:30"]);
    const [retired] = await getAvailability({ ...request, motiveId: practice.retired.id });
    expect(retired).toMatchObject({ motive: null, slots: [] });
  });

  it("frees a slot when its appointment is cancelled", async () => {
    await prisma.appointment.update({
      where: { id: practice.booked.id },
      data: { status: "CANCELLED", cancelledAt: NOW },
    });
    try {
      const [availability] = await getAvailability({
        practitionerIds: [practice.practitionerId],
        from: NOW,
        to: IN_THREE_DAYS,
        now: NOW,
      });
      expect(mondayStarts(availability.slots)).toEqual([
        "09:00",
        "09:20",
        "09:40",
        "10:00",
        "10:20",
        "10:40",
        "11:00",
        "11:20",
        "11:40",
      ]);
    } finally {
      await prisma.appointment.update({
        where: { id: practice.booked.id },
        data: { status: "BOOKED", cancelledAt: null },
      });
    }
  });

  it("runs one statement for one practitioner or many", async () => {
    const request = { from: NOW, to: IN_THREE_DAYS, now: NOW };
    await getAvailability({ ...request, practitionerIds: [practice.practitionerId] });
    const forOne = database.queries;
    const others = [await createPractice("dr-bernard"), await createPractice("dr-petit")];
    database.queries = 0;
    const unknownId = "00000000-0000-4000-8000-000000000000";
    const ids = [
      others[1].practitionerId,
      practice.practitionerId,
      unknownId,
      others[0].practitionerId,
    ];
    const availability = await getAvailability({ ...request, practitionerIds: ids });
    expect(forOne).toBe(1);
    expect(database.queries).toBe(forOne);
    expect(availability.map((practitioner) => practitioner.practitionerId)).toEqual([
      ids[0],
      ids[1],
      ids[3],
    ]);
    for (const practitioner of availability) {
      expect(mondayStarts(practitioner.slots)).toEqual([
        "09:00",
        "09:20",
        "10:40",
        "11:00",
        "11:20",
        "11:40",
      ]);
    }
  });
});

describe("getNextFreeDays", () => {
  it("lists the next days with a slot and their first slots", async () => {
    const [result] = await getNextFreeDays({
      practitionerIds: [practice.practitionerId],
      now: NOW,
      maxDays: 3,
      slotsPerDay: 2,
    });
    expect(
      result.days.map((day) => [day.date, localStarts(day.slots).map((start) => start.slice(11))]),
    ).toEqual([
      ["2030-01-07", ["09:00", "09:20"]],
      ["2030-01-09", ["09:00", "09:20"]],
      ["2030-01-10", ["09:00", "09:20"]],
    ]);
  });
});

describe("checkRequestedSlot", () => {
  const check = (startsAt: string, motiveId: string, extra = {}) =>
    checkRequestedSlot({
      practitionerId: practice.practitionerId,
      motiveId,
      startsAt: new Date(startsAt),
      now: NOW,
      ...extra,
    });

  it("accepts an offered start and says why others are refused", async () => {
    expect(await check("2030-01-09T08:00:00Z", practice.consultation.id)).toMatchObject({
      ok: true,
      slot: { endsAt: new Date("2030-01-09T08:30:00Z"), locationId: practice.locationId },
    });
    expect(await check("2030-01-07T09:20:00Z", practice.followUp.id)).toEqual({
      ok: false,
      reason: "TAKEN",
    });
    expect(await check("2030-01-08T08:00:00Z", practice.followUp.id)).toEqual({
      ok: false,
      reason: "ABSENT",
    });
    expect(await check("2030-01-09T08:10:00Z", practice.followUp.id)).toEqual({
      ok: false,
      reason: "MISALIGNED",
    });
    expect(await check("2030-01-09T08:00:00Z", practice.retired.id)).toEqual({
      ok: false,
      reason: "MOTIVE_UNAVAILABLE",
    });
    expect(
      await check("2030-01-09T08:00:00Z", practice.followUp.id, { isReturningPatient: false }),
    ).toEqual({
      ok: false,
      reason: "MOTIVE_NOT_FOR_PATIENT",
    });
  });

  it("lets an appointment being rescheduled move onto its own time", async () => {
    expect(await check("2030-01-07T09:00:00Z", practice.followUp.id)).toEqual({
      ok: false,
      reason: "TAKEN",
    });
    const moved = await check("2030-01-07T09:00:00Z", practice.followUp.id, {
      ignoreAppointmentId: practice.booked.id,
    });
    expect(moved.ok).toBe(true);
  });
});
