import { describe, expect, it } from "vitest";
import { interpretSearchText, type SpecialtyScore } from "./interpret-search-text";
import { parseSearchText } from "./parse-search-text";

const text = (value: string) => parseSearchText(value)!;
const score = (specialtyId: string, whole: number, tokenScores: number[] = []): SpecialtyScore => ({
  specialtyId,
  score: whole,
  tokenScores,
});

describe("interpretSearchText", () => {
  it("reads a specialty word as that specialty, or a name that close", () => {
    expect(
      interpretSearchText(text("dermato"), [score("derm", 1, [1]), score("card", 0.2, [0.2])]),
    ).toEqual({
      kind: "specialty-or-name",
      specialties: [{ specialtyId: "derm", score: 1 }],
      name: "dermato",
    });
  });

  it("keeps every specialty close to the best one", () => {
    const psy = interpretSearchText(text("psy"), [
      score("psychiatre", 1, [1]),
      score("psychologue", 1, [1]),
    ]);
    expect(psy.kind !== "name" && psy.specialties.map((entry) => entry.specialtyId)).toEqual([
      "psychiatre",
      "psychologue",
    ]);
    const psychiatre = interpretSearchText(text("psychiatre"), [
      score("psychiatre", 1, [1]),
      score("psychologue", 0.75, [0.75]),
    ]);
    expect(psychiatre.kind !== "name" && psychiatre.specialties).toEqual([
      { specialtyId: "psychiatre", score: 1 },
    ]);
  });

  it("accepts a typo that still scores above the minimum", () => {
    const match = interpretSearchText(text("cardiolgue"), [score("card", 0.64, [0.64])]);
    expect(match).toMatchObject({ kind: "specialty-or-name", name: "cardiolgue" });
  });

  it("reads a specialty word and other words as both a specialty and a name", () => {
    expect(
      interpretSearchText(text("cardiologue martin"), [
        score("card", 1, [1, 0.1]),
        score("gp", 0.3, [0.2, 0.3]),
      ]),
    ).toEqual({
      kind: "specialty-and-name",
      specialties: [{ specialtyId: "card", score: 1 }],
      name: "martin",
    });
  });

  it("reads text close to no specialty as a name", () => {
    expect(interpretSearchText(text("Dr Lefevre"), [score("card", 0.2, [0.2])])).toEqual({
      kind: "name",
      name: "lefevre",
    });
    expect(interpretSearchText(text("lefevre"), [])).toEqual({ kind: "name", name: "lefevre" });
  });

  it("reads a title followed by a name-like word as a name, even near a specialty term", () => {
    // "denis" shares half its trigrams with "dents" (a dentist synonym).
    expect(interpretSearchText(text("Dr Denis"), [score("dentist", 0.5, [0.5])])).toEqual({
      kind: "name",
      name: "denis",
    });
    expect(interpretSearchText(text("denis"), [score("dentist", 0.5, [0.5])]).kind).toBe(
      "specialty-or-name",
    );
  });
});
