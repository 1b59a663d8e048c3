import { describe, expect, it } from "vitest";
import {
  COMMON_SPECIALTY_COUNT,
  DENSE_CITY_COUNT,
  MIN_CITIES_PER_SPECIALTY,
  PER_COMMON_SPECIALTY,
  SPECIALTIES_BY_HEADCOUNT,
} from "./allocate-practitioners";
import { DEFAULT_PRACTITIONER_COUNT, planPractitioners } from "./build-practitioners";
import { CITIES, CITY_CODES, distanceKm, type CitySeed } from "./data/cities";
import { SPECIALTIES } from "./data/specialties";
import type { PractitionerPlan } from "./plan-types";
import { parseCommunes } from "../../lib/places/commune-index";
import { COMMUNES_TSV } from "../../lib/places/data/communes";

// The demo's promise to a newcomer, checked on the plans the seed writes: searches for
// common specialties in large cities find several people within search's default 10 km.

const RADIUS_KM = 10;

function practisesNear(plan: PractitionerPlan, city: CitySeed): boolean {
  return plan.locations.some((location) => distanceKm(location, city) <= RADIUS_KM);
}

/** Search shows verified practitioners only. */
function foundNear(plan: PractitionerPlan, city: CitySeed): boolean {
  return plan.verifiedAt !== null && practisesNear(plan, city);
}

function densityOffenders(plans: PractitionerPlan[]): string[] {
  const offenders: string[] = [];
  for (const city of CITIES.slice(0, DENSE_CITY_COUNT)) {
    const near = plans.filter((plan) => foundNear(plan, city));
    for (const specialty of SPECIALTIES_BY_HEADCOUNT.slice(0, COMMON_SPECIALTY_COUNT)) {
      const found = near.filter((plan) => plan.specialtySlug === specialty.slug).length;
      if (found < PER_COMMON_SPECIALTY)
        offenders.push(`${specialty.slug} à ${city.name}: ${found}`);
    }
  }
  return offenders;
}

function citiesWith(plans: PractitionerPlan[], slug: string): number {
  const ofSpecialty = plans.filter((plan) => plan.specialtySlug === slug);
  return CITIES.filter((city) => ofSpecialty.some((plan) => foundNear(plan, city))).length;
}

describe("the demo's shape", () => {
  const defaultSet = planPractitioners(DEFAULT_PRACTITIONER_COUNT);

  it("uses France's 40 most populous communes, largest first", () => {
    const arrondissement = /^(751|132|6938)/;
    const largest = parseCommunes(COMMUNES_TSV)
      .filter((commune) => !arrondissement.test(commune.code))
      .sort((a, b) => b.population - a.population)
      .slice(0, 40)
      .map((commune) => commune.code);
    expect(CITY_CODES).toEqual(largest);
  });

  it(`has ${PER_COMMON_SPECIALTY} of each of the ${COMMON_SPECIALTY_COUNT} most common specialties within ${RADIUS_KM} km of each of the ${DENSE_CITY_COUNT} largest cities`, () => {
    expect(densityOffenders(defaultSet)).toEqual([]);
  });

  it(`has every specialty in at least ${MIN_CITIES_PER_SPECIALTY} cities`, () => {
    const offenders = SPECIALTIES.filter(
      (specialty) => citiesWith(defaultSet, specialty.slug) < MIN_CITIES_PER_SPECIALTY,
    );
    expect(offenders.map((specialty) => specialty.slug)).toEqual([]);
  });

  it("would fail on a large city lacking a common specialty", () => {
    const [lyon] = CITIES.filter((city) => city.name === "Lyon");
    const withoutLyonsDentists = defaultSet.filter(
      (plan) => !(plan.specialtySlug === "chirurgien-dentiste" && practisesNear(plan, lyon)),
    );
    expect(densityOffenders(withoutLyonsDentists)).toContain("chirurgien-dentiste à Lyon: 0");
  });

  it("follows France's specialty mix: GPs first, then physiotherapists", () => {
    const counts = SPECIALTIES_BY_HEADCOUNT.map(
      (specialty) => defaultSet.filter((plan) => plan.specialtySlug === specialty.slug).length,
    );
    expect(SPECIALTIES_BY_HEADCOUNT.slice(0, 2).map((specialty) => specialty.slug)).toEqual([
      "medecin-generaliste",
      "masseur-kinesitherapeute",
    ]);
    expect(counts[0]).toBe(Math.max(...counts));
    expect(counts[1]).toBe(Math.max(...counts.slice(1)));
  });

  it("gives the largest cities their share of the population", () => {
    const population = CITIES.reduce((sum, city) => sum + city.population, 0);
    for (const city of CITIES.slice(0, 4)) {
      const expected = (DEFAULT_PRACTITIONER_COUNT * city.population) / population;
      const seeded = defaultSet.filter((plan) => plan.locations[0].city === city.name).length;
      expect(seeded / expected, city.name).toBeGreaterThan(0.9);
      expect(seeded / expected, city.name).toBeLessThan(1.1);
    }
  });

  it("keeps every practice within 10 km of its city's centre, in the city's time zone", () => {
    const offenders = planPractitioners(10_000).filter((plan) =>
      plan.locations.some((location) => {
        const cities = CITIES.filter((city) => city.name === location.city);
        return !cities.some(
          (city) =>
            practisesNear({ ...plan, locations: [location] }, city) &&
            city.timeZone === plan.timeZone,
        );
      }),
    );
    expect(offenders.map((plan) => plan.slug)).toEqual([]);
  });

  it("keeps the targets in the benchmark's 10,000", () => {
    expect(densityOffenders(planPractitioners(10_000))).toEqual([]);
  });
});
