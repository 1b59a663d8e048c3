import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { searchQuerySchema } from "./schemas";
import type { SearchOutcome } from "./search-practitioners";
import {
  addAbsence,
  book,
  FIXTURE_NOW,
  insertFixtures,
  PRACTITIONERS,
  type FixtureIds,
} from "./testing/search-fixtures";

let database: TestDatabase;
let prisma: PrismaClient;
let ids: FixtureIds;
let searchPractitioners: typeof import("./search-practitioners").searchPractitioners;
let resolvePlace: typeof import("@/lib/places/communes").resolvePlace;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  // lib/db reads DATABASE_URL when first used.
  process.env.DATABASE_URL = database.url;
  ({ searchPractitioners } = await import("./search-practitioners"));
  ({ resolvePlace } = await import("@/lib/places/communes"));
  ids = await insertFixtures(prisma);
  // Julie Moreau is away for three days; Hugo Petit's first morning is fully booked.
  await addAbsence(prisma, ids, "julie-moreau", FIXTURE_NOW, new Date("2030-01-10T06:00:00Z"));
  await book(prisma, ids, "hugo-petit", new Date("2030-01-07T07:00:00Z"), 8);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

async function search(params: Record<string, string>) {
  const outcome = await searchPractitioners(searchQuerySchema.parse(params), FIXTURE_NOW);
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome;
}
const slugs = (outcome: Extract<SearchOutcome, { kind: "results" }>) =>
  outcome.results.map((result) => result.slug);

describe("searchPractitioners: text", () => {
  it("finds a specialty despite a typo", async () => {
    expect(slugs(await search({ q: "cardiolgue" }))).toEqual(["marc-lefebvre"]);
  });

  it("ignores accents and case, and knows everyday words for a specialty", async () => {
    for (const q of ["generaliste", "Généraliste", "GÉNÉRALISTE", "médecin traitant"]) {
      const found = await search({ q });
      expect(found.matchedSpecialties.map((specialty) => specialty.slug)).toEqual([
        "medecin-generaliste",
      ]);
      expect(slugs(found).sort()).toEqual(["claire-lefevre", "hugo-petit", "julie-moreau"]);
    }
    expect(slugs(await search({ q: "dermato" }))).toEqual(["anne-durand"]);
  });

  it("finds a name with a title, accents and spelling variants, the closest first", async () => {
    const found = slugs(await search({ q: "Dr Lefevre" }));
    expect(found).toEqual(["claire-lefevre", "marc-lefebvre"]);
  });

  it("never shows unverified practitioners", async () => {
    for (const q of ["Paul Lefèvre", "generaliste"]) {
      expect(slugs(await search({ q }))).not.toContain("paul-lefevre");
    }
  });

  it("treats SQL- and HTML-looking text as text", async () => {
    for (const q of ["'; DROP TABLE practitioners; --", "<script>alert(1)</script>", "%_\\"]) {
      const outcome = await searchPractitioners(searchQuerySchema.parse({ q }), FIXTURE_NOW);
      expect(outcome.kind === "results" ? outcome.total : 0).toBe(0);
    }
    expect(await prisma.practitioner.count()).toBe(PRACTITIONERS.length);
  });
});

describe("searchPractitioners: places", () => {
  // earthdistance's sphere: its radius, in metres.
  const EARTH_RADIUS = 6378168;
  const haversine = (
    a: { latitude: number; longitude: number },
    b: { latitude: number; longitude: number },
  ) => {
    const rad = (degrees: number) => (degrees * Math.PI) / 180;
    const h =
      Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
      Math.cos(rad(a.latitude)) *
        Math.cos(rad(b.latitude)) *
        Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
    return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
  };

  it("keeps practitioners within the radius, with their true distance, nearest first", async () => {
    const centre = resolvePlace("Paris")!;
    const found = await search({ place: "Paris", radiusKm: "5" });
    expect(slugs(found)).toEqual(["hugo-petit", "julie-moreau", "claire-lefevre", "marc-lefebvre"]);
    for (const result of found.results) {
      const plan = PRACTITIONERS.find((entry) => entry.slug === result.slug)!;
      expect(result.distanceMeters).toBeCloseTo(haversine(centre, plan), -1);
    }
  });

  it("draws the radius tight: 1 km around the centre of Paris keeps one practitioner", async () => {
    expect(slugs(await search({ place: "Paris", radiusKm: "1" }))).toEqual(["hugo-petit"]);
    expect(slugs(await search({ place: "Lyon", radiusKm: "5" }))).toEqual(["anne-durand"]);
  });

  it("combines a specialty and a place, a postcode included", async () => {
    expect(slugs(await search({ q: "cardio", place: "75015", radiusKm: "2" }))).toEqual([
      "marc-lefebvre",
    ]);
  });

  it("says when a place is unknown, with suggestions", async () => {
    const outcome = await searchPractitioners(
      searchQuerySchema.parse({ q: "cardio", place: "Marseile" }),
      FIXTURE_NOW,
    );
    expect(outcome.kind).toBe("unknown-place");
    expect(outcome.kind === "unknown-place" && outcome.suggestions[0].name).toBe("Marseille");
  });
});

// practice_search_points is a copy kept by triggers: every way its sources change must
// show in the next search, and the copy must equal what the sources say.
describe("searchPractitioners: practices follow their sources", () => {
  const near = async (place: string, q?: string) =>
    slugs(await search({ place, radiusKm: "5", ...(q && { q }) }));

  it("follows a practice that moves", async () => {
    const anne = { id: ids.locations.get("anne-durand")! };
    await prisma.location.update({ where: anne, data: { latitude: 48.8566, longitude: 2.3522 } });
    expect(await near("Paris", "dermato")).toEqual(["anne-durand"]);
    await prisma.location.update({ where: anne, data: { latitude: 45.764, longitude: 4.8357 } });
    expect(await near("Paris", "dermato")).toEqual([]);
    expect(await near("Lyon", "dermato")).toEqual(["anne-durand"]);
  });

  it("follows a change of specialty", async () => {
    const marc = { id: ids.practitioners.get("marc-lefebvre")! };
    const dermatology = await prisma.specialty.findUniqueOrThrow({
      where: { slug: "dermatologue" },
    });
    const { specialtyId } = await prisma.practitioner.findUniqueOrThrow({ where: marc });
    await prisma.practitioner.update({ where: marc, data: { specialtyId: dermatology.id } });
    expect(await near("75015", "cardio")).toEqual([]);
    expect(await near("75015", "dermato")).toEqual(["marc-lefebvre"]);
    await prisma.practitioner.update({ where: marc, data: { specialtyId } });
    expect(await near("75015", "cardio")).toEqual(["marc-lefebvre"]);
  });

  it("follows verification being withdrawn and given back", async () => {
    const hugo = { id: ids.practitioners.get("hugo-petit")! };
    await prisma.practitioner.update({ where: hugo, data: { verified: false } });
    expect(await near("Paris", "generaliste")).not.toContain("hugo-petit");
    await prisma.practitioner.update({ where: hugo, data: { verified: true } });
    expect(await near("Paris", "generaliste")).toContain("hugo-petit");
  });

  it("follows a second practice opened and closed", async () => {
    const link = {
      practitionerId: ids.practitioners.get("claire-lefevre")!,
      locationId: ids.locations.get("anne-durand")!,
    };
    await prisma.practitionerLocation.create({ data: link });
    expect(await near("Lyon")).toEqual(["anne-durand", "claire-lefevre"]);
    await prisma.practitionerLocation.delete({ where: { practitionerId_locationId: link } });
    expect(await near("Lyon")).toEqual(["anne-durand"]);
  });

  it("holds exactly the verified practitioners' practices", async () => {
    const copy = await prisma.practiceSearchPoint.findMany({
      orderBy: [{ practitionerId: "asc" }, { locationId: "asc" }],
    });
    const links = await prisma.practitionerLocation.findMany({
      where: { practitioner: { verified: true } },
      select: { practitionerId: true, locationId: true, practitioner: true, location: true },
      orderBy: [{ practitionerId: "asc" }, { locationId: "asc" }],
    });
    expect(copy).toEqual(
      links.map(({ practitionerId, locationId, practitioner, location }) => ({
        practitionerId,
        locationId,
        specialtyId: practitioner.specialtyId,
        latitude: location.latitude,
        longitude: location.longitude,
      })),
    );
  });
});

describe("searchPractitioners: availability", () => {
  it("shows next free days computed from hours, absences and bookings", async () => {
    const found = await search({ q: "generaliste", place: "Paris" });
    const days = new Map(found.results.map((result) => [result.slug, result.nextFreeDays]));
    expect(days.get("claire-lefevre")?.[0]).toEqual({
      date: "2030-01-07",
      starts: [
        "2030-01-07T07:00:00.000Z",
        "2030-01-07T07:30:00.000Z",
        "2030-01-07T08:00:00.000Z",
        "2030-01-07T08:30:00.000Z",
      ],
    });
    expect(days.get("hugo-petit")?.[0].date).toBe("2030-01-08");
    expect(days.get("julie-moreau")?.[0].date).toBe("2030-01-10");
  });

  it("filters and sorts by the next free slot", async () => {
    const within = await search({ q: "generaliste", place: "Paris", availableWithinDays: "2" });
    expect(slugs(within)).toEqual(["hugo-petit", "claire-lefevre"]);
    const soonest = await search({ q: "generaliste", place: "Paris", sort: "availability" });
    expect(slugs(soonest)).toEqual(["claire-lefevre", "hugo-petit", "julie-moreau"]);
  });

  it("follows a booking or an absence made after the last search at once", async () => {
    await book(prisma, ids, "claire-lefevre", new Date("2030-01-07T07:00:00Z"), 8);
    const booked = await search({ q: "generaliste", place: "Paris", sort: "availability" });
    // Claire and Hugo are now both first free at 08:00 on the 8th: the nearer one comes first.
    expect(slugs(booked)).toEqual(["hugo-petit", "claire-lefevre", "julie-moreau"]);
    expect(booked.results[1].nextFreeDays[0].date).toBe("2030-01-08");

    await addAbsence(
      prisma,
      ids,
      "claire-lefevre",
      new Date("2030-01-07T23:00:00Z"),
      new Date("2030-01-12T23:00:00Z"),
    );
    const within = await search({ q: "generaliste", place: "Paris", availableWithinDays: "4" });
    expect(slugs(within)).toEqual(["hugo-petit", "julie-moreau"]);
  });
});

describe("searchPractitioners: pagination", () => {
  it("pages through every result exactly once, in the same order every time", async () => {
    const crowd = Array.from({ length: 45 }, (_, index) => ({
      slug: `crowd-${String(index).padStart(2, "0")}`,
      firstName: "Zoé",
      lastName: `Foule${index}`,
      specialty: "derm" as const,
      latitude: 43.2965,
      longitude: 5.3698,
    }));
    await insertFixtures(prisma, crowd);
    const pages = await Promise.all(
      ["1", "2", "3"].map((page) => search({ q: "dermatologue", place: "Marseille", page })),
    );
    expect(pages.map((page) => page.results.length)).toEqual([20, 20, 5]);
    expect(pages[0]).toMatchObject({ total: 45, pageCount: 3 });
    const all = pages.flatMap(slugs);
    expect(new Set(all).size).toBe(45);
    expect(slugs(await search({ q: "dermatologue", place: "Marseille", page: "2" }))).toEqual(
      slugs(pages[1]),
    );
    expect((await search({ q: "dermatologue", place: "Marseille", page: "9" })).results).toEqual(
      [],
    );
  });
});
