import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import type { Locale } from "@/lib/i18n/locales";
import { SPECIALTIES } from "@/prisma/seed/data/specialties";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { searchQuerySchema } from "./schemas";
import type { SearchOutcome } from "./search-practitioners";
import { FIXTURE_NOW, insertFixtures, type FixturePractitioner } from "./testing/search-fixtures";

// Search in every language Praxis speaks, on the real specialty words of the seed (the
// same the migration writes into existing databases): what an English or German speaker
// types finds the same practitioners as the French word, and every page names the
// specialty in its own language.

let database: TestDatabase;
let prisma: PrismaClient;
let searchPractitioners: typeof import("./search-practitioners").searchPractitioners;
let getPublicProfile: typeof import("@/lib/practitioners/get-public-profile").getPublicProfile;
let listSpecialties: typeof import("@/lib/practitioners/list-specialties").listSpecialties;

const PRACTITIONERS: FixturePractitioner[] = (
  [
    { slug: "claire-lefevre", firstName: "Claire", lastName: "Lefèvre", specialty: "gp" },
    { slug: "paul-roux", firstName: "Paul", lastName: "Roux", specialty: "gp" },
    { slug: "anne-durand", firstName: "Anne", lastName: "Durand", specialty: "derm" },
    { slug: "hugo-petit", firstName: "Hugo", lastName: "Petit", specialty: "peds" },
    { slug: "marc-lefebvre", firstName: "Marc", lastName: "Lefebvre", specialty: "cardio" },
  ] as const
).map((plan, index) => ({ ...plan, latitude: 48.85 + index / 1000, longitude: 2.35 }));

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  ({ searchPractitioners } = await import("./search-practitioners"));
  ({ getPublicProfile } = await import("@/lib/practitioners/get-public-profile"));
  ({ listSpecialties } = await import("@/lib/practitioners/list-specialties"));
  // Every specialty of the seed, with its words in the three languages.
  await prisma.specialty.createMany({
    data: SPECIALTIES.map(({ slug, nameFr, nameEn, nameDe, synonyms, synonymsEn, synonymsDe }) => ({
      slug,
      nameFr,
      nameEn,
      nameDe,
      synonyms,
      synonymsEn,
      synonymsDe,
    })),
  });
  await insertFixtures(prisma, PRACTITIONERS);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

async function search(q: string, locale: Locale = "fr") {
  const outcome = await searchPractitioners(searchQuerySchema.parse({ q }), FIXTURE_NOW, locale);
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome;
}
const found = (outcome: Extract<SearchOutcome, { kind: "results" }>) => ({
  specialties: outcome.matchedSpecialties.map((specialty) => specialty.slug),
  practitioners: outcome.results.map((result) => result.slug).sort(),
});

describe("search in French, English and German", () => {
  it.each([
    {
      words: ["généraliste", "médecin généraliste", "GP", "general practitioner", "Hausarzt"],
      more: ["Hausärztin", "Allgemeinmediziner", "Allgemeinarzt", "family doctor"],
      specialty: "medecin-generaliste",
      practitioners: ["claire-lefevre", "paul-roux"],
    },
    {
      words: ["dermatologue", "dermato", "dermatologist", "Hautarzt", "Hautärztin"],
      more: ["Dermatologe", "dermatolgist"],
      specialty: "dermatologue",
      practitioners: ["anne-durand"],
    },
    {
      words: ["pédiatre", "pediatre", "paediatrician", "pediatrician", "Kinderarzt"],
      more: ["Kinderärztin", "kinderarzt", "Pädiater"],
      specialty: "pediatre",
      practitioners: ["hugo-petit"],
    },
  ])("finds the same $specialty for $words", async ({ words, more, specialty, practitioners }) => {
    for (const q of [...words, ...more]) {
      const outcome = await search(q);
      expect(found(outcome), q).toEqual({ specialties: [specialty], practitioners });
    }
  });

  it("names the recognised specialty and every result in the page's language", async () => {
    const names = { fr: "Dermatologue", en: "Dermatologist", de: "Hautarzt" } as const;
    for (const [locale, name] of Object.entries(names) as [Locale, string][]) {
      for (const q of ["Hautarzt", "dermatologist", "dermatologue"]) {
        const outcome = await search(q, locale);
        expect(outcome.matchedSpecialties.map((specialty) => specialty.name)).toEqual([name]);
        expect(outcome.results.map((result) => result.specialty.name)).toEqual([name]);
      }
    }
  });

  it("still reads a practitioner's name as a name", async () => {
    for (const q of ["Dr Lefevre", "Lefebvre", "Petit", "Durand"]) {
      expect((await search(q)).matchedSpecialties, q).toEqual([]);
    }
    expect(found(await search("Dr Lefevre")).practitioners).toEqual([
      "claire-lefevre",
      "marc-lefebvre",
    ]);
  });

  it("names the specialty on the profile and in the list of specialties", async () => {
    const profile = (locale: Locale) => getPublicProfile("hugo-petit", FIXTURE_NOW, locale);
    expect((await profile("fr")).specialty.name).toBe("Pédiatre");
    expect((await profile("en")).specialty.name).toBe("Paediatrician");
    expect((await profile("de")).specialty.name).toBe("Kinderarzt");
    const german = await listSpecialties("de");
    expect(german.map((specialty) => specialty.name)).toContain("Hausarzt (Allgemeinmedizin)");
    const collator = new Intl.Collator("de-DE");
    expect(german.map((s) => s.name)).toEqual(
      german.map((s) => s.name).sort((a, b) => collator.compare(a, b)),
    );
  });
});
