import type { CityArea } from "./data/cities";
import { STREETS } from "./data/cities";
import { FEES_BY_SPECIALTY } from "./data/fees";
import { MOTIVES_BY_SPECIALTY } from "./data/motives";
import type { MotiveSeed } from "./data/motives";
import type { SpecialtySeed } from "./data/specialties";
import type { LocationPlan, MotivePlan } from "./plan-types";
import type { Random } from "./prng";
import type { ConventionSector } from "../../lib/generated/prisma/client";

export function toMotivePlan(motive: MotiveSeed): MotivePlan {
  return {
    name: motive.name,
    durationMinutes: motive.minutes,
    teleconsultation: motive.teleconsultation ?? false,
    allowNewPatients: motive.audience !== "returning",
    allowReturning: motive.audience !== "new",
  };
}

export function buildMotives(random: Random, specialtySlug: string): MotivePlan[] {
  return MOTIVES_BY_SPECIALTY[specialtySlug]
    .filter((motive) => motive.share === undefined || random.chance(motive.share))
    .map(toMotivePlan);
}

type Fees = {
  conventionSector: ConventionSector;
  feeMinCents: number | null;
  feeMaxCents: number | null;
};

export function buildFees(random: Random, specialtySlug: string): Fees {
  const seed = FEES_BY_SPECIALTY[specialtySlug];
  const sectors = Object.entries(seed.sectors) as [ConventionSector, number][];
  const [conventionSector] = random.pickWeighted(sectors, ([, weight]) => weight);
  if (conventionSector === "SECTOR_1" && seed.sector1) {
    return { conventionSector, feeMinCents: seed.sector1[0], feeMaxCents: seed.sector1[1] };
  }
  if (!seed.free) return { conventionSector, feeMinCents: null, feeMaxCents: null };
  // Free fees are set in whole euros, usually in steps of five.
  const feeMinCents = Math.round(random.int(seed.free[0], seed.free[1]) / 500) * 500;
  return { conventionSector, feeMinCents, feeMaxCents: feeMinCents + random.int(0, 3) * 1000 };
}

// Besides French, which everyone speaks; shares loosely follow what practitioners list.
const EXTRA_LANGUAGES: [code: string, share: number, nameFr: string][] = [
  ["en", 0.45, "anglais"],
  ["es", 0.12, "espagnol"],
  ["de", 0.06, "allemand"],
  ["it", 0.06, "italien"],
  ["ar", 0.08, "arabe"],
  ["pt", 0.04, "portugais"],
  ["ru", 0.02, "russe"],
  ["zh", 0.02, "chinois"],
];

export function buildLanguages(random: Random): string[] {
  return [
    "fr",
    ...EXTRA_LANGUAGES.filter(([, share]) => random.chance(share)).map(([code]) => code),
  ];
}

function languageNames(codes: string[]): string[] {
  return EXTRA_LANGUAGES.filter(([code]) => codes.includes(code)).map(([, , nameFr]) => nameFr);
}

export function buildBio(
  random: Random,
  who: { specialty: SpecialtySeed; female: boolean; city: string; languages: string[] },
): string | null {
  if (random.chance(0.3)) return null;
  const settled = who.female ? "installée" : "installé";
  const sentences = [
    `${who.specialty.nameFr} ${settled} à ${who.city} depuis ${random.int(1995, 2024)}.`,
  ];
  const spoken = languageNames(who.languages);
  if (spoken.length > 0) {
    const list =
      spoken.length === 1 ? spoken[0] : `${spoken.slice(0, -1).join(", ")} et ${spoken.at(-1)}`;
    sentences.push(`Consultations possibles en ${list}.`);
  }
  return sentences.join(" ");
}

/** An address near the area's centre: within about 1.5 km, so maps and distances look real. */
export function buildLocation(
  random: Random,
  specialty: SpecialtySeed,
  city: string,
  area: CityArea,
): LocationPlan {
  const radiusKm = 1.5;
  const kmPerDegreeLatitude = 111;
  const kmPerDegreeLongitude = kmPerDegreeLatitude * Math.cos((area.latitude * Math.PI) / 180);
  const jitter = () => (random.next() * 2 - 1) * radiusKm;
  return {
    name: random.chance(0.7) ? random.pick(specialty.practiceNames) : null,
    address: `${random.int(1, 120)} ${random.pick(STREETS)}`,
    postcode: area.postcode,
    city,
    latitude: round(area.latitude + jitter() / kmPerDegreeLatitude, 6),
    longitude: round(area.longitude + jitter() / kmPerDegreeLongitude, 6),
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
