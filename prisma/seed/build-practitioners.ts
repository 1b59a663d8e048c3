import { allocatePractitioners, type Placement } from "./allocate-practitioners";
import { buildWeeklyHours } from "./build-weekly-hours";
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from "./data/names";
import { HOURS_BY_SPECIALTY } from "./data/weekly-hours";
import { DEMO_PRACTITIONER } from "./demo-accounts";
import type { PractitionerPlan } from "./plan-types";
import {
  buildBio,
  buildFees,
  buildLanguages,
  buildLocation,
  buildMotives,
} from "./practitioner-details";
import { createRandom, deriveSeed, type Random } from "./prng";
import type { PractitionerTitle } from "../../lib/generated/prisma/client";

/** Enough for France's shape with the guaranteed minimum (about 560) a third of it. */
export const DEFAULT_PRACTITIONER_COUNT = 1200;

/** Changing it changes every generated practitioner: existing demo databases would then grow a second set. */
export const DEFAULT_SEED = 20260301;

// Professions that are mostly women in France; the rest are drawn evenly.
const FEMALE_SHARE: Record<string, number> = {
  "sage-femme": 0.97,
  orthophoniste: 0.96,
  psychologue: 0.88,
  pediatre: 0.72,
  gynecologue: 0.7,
  dermatologue: 0.7,
};

// Mostly the schema defaults (no buffer, two hours' notice), with some variety to exercise slots.
const BUFFER_MINUTES: [minutes: number, weight: number][] = [
  [0, 85],
  [5, 10],
  [10, 5],
];
const MIN_NOTICE_MINUTES: [minutes: number, weight: number][] = [
  [120, 70],
  [60, 10],
  [240, 10],
  [1440, 10],
];

/**
 * Practitioner #0 is the demo GP; #i ≥ 1 depends only on (seed, i), so the default set is
 * the start of a 10,000 set, and a bigger run only tops up. Slugs are made unique in
 * index order, which keeps that property.
 */
export function planPractitioners(count: number, seed = DEFAULT_SEED): PractitionerPlan[] {
  const plans: PractitionerPlan[] = [DEMO_PRACTITIONER];
  const slugs = new Set([DEMO_PRACTITIONER.slug]);
  const placements = allocatePractitioners(count);
  for (let index = 1; index < count; index++) {
    const random = createRandom(deriveSeed(seed, "practitioner", index));
    const plan = planPractitioner(index, placements[index - 1], random);
    plan.slug = claimUniqueSlug(plan.slug, slugs);
    plans.push(plan);
  }
  return plans.slice(0, count);
}

function planPractitioner(
  index: number,
  { city, specialty, guaranteed }: Placement,
  random: Random,
): PractitionerPlan {
  const pickArea = () => random.pickWeighted(city.areas, (area) => area.weight);
  const female = random.chance(FEMALE_SHARE[specialty.slug] ?? 0.5);
  const firstName = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const title: PractitionerTitle =
    specialty.title === "DR" && random.chance(0.02) ? "PR" : specialty.title;
  const locations = [buildLocation(random, specialty, city.name, pickArea())];
  // A few practitioners also consult one day a week in a second practice in town.
  if (random.chance(0.08)) locations.push(buildLocation(random, specialty, city.name, pickArea()));
  const languages = buildLanguages(random);
  return {
    index,
    slug: slugify([title === "NONE" ? "" : title, firstName, lastName, city.name]),
    title,
    firstName,
    lastName,
    specialtySlug: specialty.slug,
    languages,
    bio: buildBio(random, { specialty, female, city: city.name, languages }),
    acceptsNewPatients: random.chance(0.85),
    ...buildFees(random, specialty.slug),
    // About 5 % still await verification, never one of the guaranteed minimum.
    verifiedAt:
      random.chance(0.95) || guaranteed
        ? new Date(Date.UTC(2024, 0, random.int(1, 600), random.int(8, 18)))
        : null,
    timeZone: city.timeZone,
    bufferMinutes: random.pickWeighted(BUFFER_MINUTES, ([, weight]) => weight)[0],
    minNoticeMinutes: random.pickWeighted(MIN_NOTICE_MINUTES, ([, weight]) => weight)[0],
    locations,
    motives: buildMotives(random, specialty.slug),
    hours: buildWeeklyHours(random, HOURS_BY_SPECIALTY[specialty.slug], locations.length),
  };
}

export function slugify(parts: string[]): string {
  return parts
    .join(" ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function claimUniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
  taken.add(slug);
  return slug;
}
