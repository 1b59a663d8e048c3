import { describe, expect, it } from "vitest";
import { DEFAULT_PRACTITIONER_COUNT, planPractitioners, slugify } from "./build-practitioners";
import { CITIES } from "./data/cities";
import { SPECIALTIES } from "./data/specialties";

describe("planPractitioners", () => {
  const plans = planPractitioners(10_000);
  const defaultSet = plans.slice(0, DEFAULT_PRACTITIONER_COUNT);

  it("is deterministic, and a smaller set is a prefix of a larger one", () => {
    expect(planPractitioners(400)).toEqual(plans.slice(0, 400));
    expect(planPractitioners(50)).toEqual(planPractitioners(400).slice(0, 50));
  });

  it("starts with the demo practitioner", () => {
    expect(plans[0]).toMatchObject({
      slug: "dr-claire-martin-paris",
      specialtySlug: "medecin-generaliste",
      userEmail: "praticien@praxis.demo",
    });
  });

  it("gives every practitioner a unique slug", () => {
    expect(new Set(plans.map((plan) => plan.slug)).size).toBe(plans.length);
  });

  it("covers every specialty in Paris and every city in the default set", () => {
    const paris = defaultSet.filter((plan) => plan.locations[0].city === "Paris");
    expect(new Set(paris.map((plan) => plan.specialtySlug))).toEqual(
      new Set(SPECIALTIES.map((specialty) => specialty.slug)),
    );
    expect(new Set(defaultSet.map((plan) => plan.locations[0].city))).toEqual(
      new Set(CITIES.map((city) => city.name)),
    );
  });

  it("verifies about 95% and mostly accepts new patients", () => {
    const share = (predicate: (plan: (typeof plans)[number]) => boolean) =>
      plans.filter(predicate).length / plans.length;
    expect(share((plan) => plan.verifiedAt !== null)).toBeCloseTo(0.95, 1);
    expect(share((plan) => plan.acceptsNewPatients)).toBeGreaterThan(0.75);
  });

  // Checked as lists of offenders: 10,000 plans make one expect() per field too slow.
  it("respects the database's check constraints", () => {
    const offenders = plans.filter(
      (plan) =>
        plan.languages[0] !== "fr" ||
        plan.motives.length === 0 ||
        plan.motives.some((motive) => motive.durationMinutes < 5 || motive.durationMinutes > 480) ||
        (plan.feeMinCents !== null &&
          plan.feeMaxCents !== null &&
          plan.feeMinCents > plan.feeMaxCents),
    );
    expect(offenders.map((plan) => plan.slug)).toEqual([]);
  });

  it("gives each practitioner non-overlapping weekly windows at one of their practices", () => {
    const offenders = plans.filter((plan) => {
      const sorted = [...plan.hours].sort(
        (a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute,
      );
      return (
        sorted.length === 0 ||
        sorted.some((window, index) => {
          const next = sorted[index + 1];
          return (
            window.weekday < 1 ||
            window.weekday > 7 ||
            !(
              0 <= window.startMinute &&
              window.startMinute < window.endMinute &&
              window.endMinute <= 1440
            ) ||
            plan.locations[window.locationIndex] === undefined ||
            (next?.weekday === window.weekday && window.endMinute > next.startMinute)
          );
        })
      );
    });
    expect(offenders.map((plan) => plan.slug)).toEqual([]);
  });
});

describe("slugify", () => {
  it("drops accents, case and punctuation", () => {
    expect(slugify(["DR", "Hélène", "Da Silva", "Saint-Étienne"])).toBe(
      "dr-helene-da-silva-saint-etienne",
    );
    expect(slugify(["", "Léa", "Noël", "Nîmes"])).toBe("lea-noel-nimes");
  });
});
