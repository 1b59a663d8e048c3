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
    expect(before.users.map((user) => user.role).sort()).toEqual([
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
