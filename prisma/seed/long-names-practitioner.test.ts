import { describe, expect, it } from "vitest";
import { planPractitioners } from "./build-practitioners";
import {
  LONG_ADDRESS,
  LONG_FAMILY_NAME,
  LONG_MOTIVE,
  LONG_NAMES_PRACTITIONER,
} from "./long-names-practitioner";

describe("the practitioner with very long names", () => {
  it("carries the lengths the pages are tried with", () => {
    expect(LONG_FAMILY_NAME).toHaveLength(60);
    expect(LONG_FAMILY_NAME).not.toMatch(/[\s-]/);
    expect(LONG_ADDRESS.length).toBeGreaterThanOrEqual(120);
    expect(LONG_MOTIVE).toHaveLength(200);
    expect(LONG_NAMES_PRACTITIONER.motives[0].name).toBe(LONG_MOTIVE);
    expect(LONG_NAMES_PRACTITIONER.locations[0].address).toBe(LONG_ADDRESS);
  });

  it("is bookable by a new patient on every weekday", () => {
    expect(LONG_NAMES_PRACTITIONER.motives[0]).toMatchObject({ allowNewPatients: true });
    expect(new Set(LONG_NAMES_PRACTITIONER.hours.map((window) => window.weekday))).toEqual(
      new Set([1, 2, 3, 4, 5, 6]),
    );
    expect(LONG_NAMES_PRACTITIONER.verifiedAt).not.toBeNull();
  });

  it("shares neither its slug nor its index with a generated practitioner", () => {
    const plans = planPractitioners(2_000);
    expect(plans.map((plan) => plan.slug)).not.toContain(LONG_NAMES_PRACTITIONER.slug);
    expect(plans.map((plan) => plan.index)).not.toContain(LONG_NAMES_PRACTITIONER.index);
  });
});
