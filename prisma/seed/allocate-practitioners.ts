import { CITIES, type CitySeed } from "./data/cities";
import { SPECIALTIES, type SpecialtySeed } from "./data/specialties";

export type Placement = {
  city: CitySeed;
  specialty: SpecialtySeed;
  /** Part of the guaranteed minimum: must be verified, or search would not show them. */
  guaranteed: boolean;
};

// What a newcomer's first searches must find, whatever the count (issue 14): in each of the
// 20 largest cities, at least two of each of the 12 most common specialties; every
// specialty in at least 10 cities; a GP in every city.
export const DENSE_CITY_COUNT = 20;
export const COMMON_SPECIALTY_COUNT = 12;
export const PER_COMMON_SPECIALTY = 2;
export const MIN_CITIES_PER_SPECIALTY = 10;

/** Specialties from the most to the least common in France. */
export const SPECIALTIES_BY_HEADCOUNT = [...SPECIALTIES].sort((a, b) => b.weight - a.weight);

type Cell = { city: number; specialty: number };

/**
 * Where practitioners #1 … #count-1 practise and what they do (#0 is the demo GP in
 * Paris). First the guaranteed minimum, in an order that makes even a small prefix useful;
 * then each next practitioner goes to the city × specialty cell furthest below its share
 * of the total (population share × headcount share), so every prefix follows France's
 * shape as closely as whole people allow. Practitioner #i never depends on `count`.
 */
export function allocatePractitioners(count: number): Placement[] {
  const specialtyIndex = new Map(SPECIALTIES.map((specialty, index) => [specialty.slug, index]));
  const ranked = SPECIALTIES_BY_HEADCOUNT.map((specialty) => specialtyIndex.get(specialty.slug)!);
  const common = ranked.slice(0, COMMON_SPECIALTY_COUNT);
  const rare = ranked.slice(COMMON_SPECIALTY_COUNT);
  const generalPractice = specialtyIndex.get("medecin-generaliste")!;
  const cities = CITIES.map((_, index) => index);
  const dense = cities.slice(0, DENSE_CITY_COUNT);

  const counts = new Map<string, number>([[key({ city: 0, specialty: generalPractice }), 1]]);
  const cells: Cell[] = [];
  const wanted = count - 1;
  const require = (city: number, specialty: number, atLeast: number) => {
    const cell = { city, specialty };
    while ((counts.get(key(cell)) ?? 0) < atLeast && cells.length < wanted) {
      counts.set(key(cell), (counts.get(key(cell)) ?? 0) + 1);
      cells.push(cell);
    }
  };
  for (const specialty of ranked) require(0, specialty, 1);
  for (const city of dense) for (const specialty of common) require(city, specialty, 1);
  // Beyond the target (10 cities): one of every specialty in each large city, so that a
  // newcomer's "dermatologue à Rennes" finds someone too.
  for (const specialty of rare) for (const city of dense) require(city, specialty, 1);
  for (const city of cities) require(city, generalPractice, 1);
  for (const city of dense)
    for (const specialty of common) require(city, specialty, PER_COMMON_SPECIALTY);

  const guaranteedCount = cells.length;
  fillByShare(cells, counts, wanted);
  return cells.map((cell, index) => ({
    city: CITIES[cell.city],
    specialty: SPECIALTIES[cell.specialty],
    guaranteed: index < guaranteedCount,
  }));
}

function key(cell: Cell): string {
  return `${cell.city}:${cell.specialty}`;
}

/** Largest-deficit apportionment: deterministic, ties to the larger city, then specialty. */
function fillByShare(cells: Cell[], counts: Map<string, number>, wanted: number): void {
  const totalPopulation = CITIES.reduce((sum, city) => sum + city.population, 0);
  const totalHeadcount = SPECIALTIES.reduce((sum, specialty) => sum + specialty.weight, 0);
  const shares: { cell: Cell; key: string; share: number }[] = [];
  CITIES.forEach((city, cityIndex) =>
    SPECIALTIES.forEach((specialty, specialtyIndex) => {
      const cell = { city: cityIndex, specialty: specialtyIndex };
      const share = (city.population / totalPopulation) * (specialty.weight / totalHeadcount);
      shares.push({ cell, key: key(cell), share });
    }),
  );
  const current = shares.map((entry) => counts.get(entry.key) ?? 0);
  // The demo practitioner counts too: cells.length + 1 people are placed so far.
  while (cells.length < wanted) {
    const placed = cells.length + 2;
    let best = 0;
    let bestDeficit = -Infinity;
    for (let index = 0; index < shares.length; index++) {
      const deficit = shares[index].share * placed - current[index];
      if (deficit > bestDeficit) {
        best = index;
        bestDeficit = deficit;
      }
    }
    current[best]++;
    cells.push(shares[best].cell);
  }
}
