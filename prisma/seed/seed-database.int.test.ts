import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "./seed-database";
import { createPrismaClient, type PrismaClient } from "../../lib/db-client";
import { createTestDatabase, type TestDatabase } from "../../scripts/testing/test-database";

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 4);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

async function fingerprint() {
  const [practitioners, cities, specialties, appointments, users] = await Promise.all([
    prisma.practitioner.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma.location.findMany({ select: { city: true }, distinct: ["city"] }),
    prisma.specialty.count(),
    prisma.appointment.count(),
    prisma.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } }),
  ]);
  return {
    slugs: practitioners.map((row) => row.slug),
    cities: cities.length,
    specialties,
    appointments,
    users,
  };
}

describe("seedDatabase", () => {
  it("creates a realistic demo data set, then changes nothing on a second run", async () => {
    const first = await seedDatabase(prisma);
    expect(first.created).toBe(true);
    const before = await fingerprint();
    expect(before.slugs.length).toBeGreaterThanOrEqual(300);
    expect(before.specialties).toBeGreaterThanOrEqual(15);
    expect(before.cities).toBeGreaterThanOrEqual(25);
    expect(before.appointments).toBeGreaterThan(0);
    // The demo logins, and the demo agenda's families (patients who cannot sign in).
    expect([...new Set(before.users.map((user) => user.role))].sort()).toEqual([
      "ADMIN",
      "PATIENT",
      "PRACTITIONER",
      "SECRETARY",
    ]);

    const second = await seedDatabase(prisma);
    expect(second.created).toBe(false);
    expect(await fingerprint()).toEqual(before);
  });

  it("gives the demo secretary MANAGE on two practitioners of one practice", async () => {
    const grants = await prisma.calendarGrant.findMany({
      where: { user: { email: "secretariat@praxis.demo" } },
      select: {
        level: true,
        practitioner: { select: { slug: true, locations: { select: { locationId: true } } } },
      },
      orderBy: { practitioner: { slug: "asc" } },
    });
    expect(grants.map(({ level, practitioner }) => [practitioner.slug, level])).toEqual([
      ["dr-claire-martin-paris", "MANAGE"],
      ["dr-julien-moreau-paris", "MANAGE"],
    ]);
    const [claire, julien] = grants.map(({ practitioner }) => practitioner.locations);
    expect(julien).toEqual([claire![0]]);
  });

  it("keeps every seeded practitioner open for booking somewhere", async () => {
    const withoutHours = await prisma.practitioner.count({ where: { openingHours: { none: {} } } });
    const withoutMotives = await prisma.practitioner.count({
      where: { motives: { none: { active: true } } },
    });
    expect({ withoutHours, withoutMotives }).toEqual({ withoutHours: 0, withoutMotives: 0 });
  });
});

describe("the demo practitioner's agenda", () => {
  it("has a busy current week over two practices, booked online, by relatives and by the practice", async () => {
    const practitioner = await prisma.practitioner.findUniqueOrThrow({
      where: { slug: "dr-claire-martin-paris" },
      select: { id: true, userId: true, _count: { select: { locations: true } } },
    });
    expect(practitioner._count.locations).toBe(2);
    const now = new Date();
    const week = {
      practitionerId: practitioner.id,
      status: { not: "CANCELLED" as const },
      startsAt: {
        gte: new Date(now.getTime() - 7 * 86_400_000),
        lt: new Date(now.getTime() + 7 * 86_400_000),
      },
    };
    const perDay = await prisma.$queryRaw<{ day: string; count: bigint }[]>`
      SELECT to_char(starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS day, count(*) AS count
      FROM appointments
      WHERE practitioner_id = ${practitioner.id}::uuid AND status <> 'CANCELLED'
        AND date_trunc('week', starts_at AT TIME ZONE 'Europe/Paris')
          = date_trunc('week', now() AT TIME ZONE 'Europe/Paris')
        AND extract(isodow FROM starts_at AT TIME ZONE 'Europe/Paris') IN (1, 2, 4, 5)
      GROUP BY 1`;
    // Full days (Wednesday afternoon and Saturday are short): 25 or more on average.
    const counts = perDay.map(({ count }) => Number(count));
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(20);
    expect(counts.reduce((sum, count) => sum + count, 0) / counts.length).toBeGreaterThanOrEqual(
      25,
    );
    // The practice's own records read like French patients: a real-looking mobile number.
    const phones = await prisma.patient.findMany({
      where: { createdByPractitionerId: practitioner.id },
      select: { phone: true },
    });
    expect(phones.length).toBeGreaterThan(0);
    for (const { phone } of phones) expect(phone).toMatch(/^0\d( \d\d){4}$/);
    const unknownBooker = await prisma.appointment.count({
      where: { practitionerId: practitioner.id, bookedById: null },
    });
    expect(unknownBooker).toBe(0);
    const kinds = await prisma.appointment.findMany({
      where: week,
      select: {
        bookedById: true,
        patient: { select: { ownerId: true, relationship: true, createdByPractitionerId: true } },
      },
    });
    expect(
      kinds.some(
        (row) => row.bookedById === practitioner.userId && row.patient.createdByPractitionerId,
      ),
    ).toBe(true);
    expect(
      kinds.some(
        (row) => row.bookedById === row.patient.ownerId && row.patient.relationship === "CHILD",
      ),
    ).toBe(true);
    expect(
      kinds.some(
        (row) => row.bookedById === row.patient.ownerId && row.patient.relationship === "SELF",
      ),
    ).toBe(true);
    expect(
      await prisma.absence.count({ where: { practitionerId: practitioner.id, label: "Réunion" } }),
    ).toBe(1);
  });
});
