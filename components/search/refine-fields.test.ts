import { describe, expect, it } from "vitest";
import { countActiveRefinements } from "./refine-fields";

describe("countActiveRefinements", () => {
  it("counts nothing for a plain search, nor for the default radius", () => {
    expect(countActiveRefinements({ q: "dermatologue", place: "Rennes" })).toBe(0);
    expect(countActiveRefinements({ radiusKm: "10", lang: "", sort: "" })).toBe(0);
  });

  it("counts each refinement in use once", () => {
    expect(
      countActiveRefinements({
        radiusKm: "20",
        availableWithinDays: "7",
        lang: "en",
        sort: "distance",
        teleconsultation: "true",
        newPatients: "on",
      }),
    ).toBe(6);
    expect(countActiveRefinements({ teleconsultation: "false", newPatients: "1" })).toBe(1);
  });
});
