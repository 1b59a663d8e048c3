import { beforeAll, describe, expect, it } from "vitest";
import {
  buildCommuneIndex,
  parseCommunes,
  resolvePlace,
  suggestPlaces,
  type CommuneIndex,
} from "./commune-index";
import { COMMUNES_TSV } from "./data/communes";

// Against the communes Praxis ships: the cases below are what patients type.
let index: CommuneIndex;
// Parsing 35,000 lines takes a second or two on a busy machine.
beforeAll(() => {
  index = buildCommuneIndex(parseCommunes(COMMUNES_TSV));
}, 30_000);

describe("the shipped communes", () => {
  it("cover France, overseas included, with a position for each", () => {
    expect(index.entries.length).toBeGreaterThan(34_000);
    const malformed = index.entries.filter(
      (entry) =>
        !(Math.abs(entry.latitude) <= 90 && Math.abs(entry.longitude) <= 180) ||
        !entry.postcodes.every((code) => /^\d{5}$/.test(code)),
    );
    expect(malformed).toEqual([]);
    expect(resolvePlace(index, "Saint-Denis (974)")?.latitude).toBeLessThan(0);
  });
});

describe("resolvePlace", () => {
  it("finds a city by name whatever the case and accents", () => {
    for (const text of ["Lyon", "lyon", " LYON "]) {
      expect(resolvePlace(index, text)).toMatchObject({ code: "69123", label: "Lyon (69)" });
    }
    expect(resolvePlace(index, "st etienne")?.name).toBe("Saint-Étienne");
  });

  it("centres a postcode on its most specific commune (an arrondissement in big cities)", () => {
    const place = resolvePlace(index, "69003");
    expect(place).toMatchObject({ name: "Lyon 3e Arrondissement", postcodes: ["69003"] });
    expect(place?.latitude).toBeCloseTo(45.7533, 2);
    expect(resolvePlace(index, "75011")?.name).toBe("Paris 11e Arrondissement");
  });

  it("reads arrondissements the way people write them", () => {
    expect(resolvePlace(index, "Paris 15")?.code).toBe("75115");
    expect(resolvePlace(index, "paris 1er")?.code).toBe("75101");
    expect(resolvePlace(index, "Marseille 8e")?.code).toBe("13208");
  });

  it("gives back the place of every label it produced", () => {
    for (const text of ["Paris", "31100", "Saint-Étienne", "13008", "Ambérieu-en-Bugey"]) {
      const place = resolvePlace(index, text);
      expect(place).not.toBeNull();
      expect(resolvePlace(index, place!.label)).toEqual(place);
    }
  });

  it("never guesses: unknown postcodes, typos and junk resolve to nothing", () => {
    for (const text of ["99999", "00000", "Lyonn", "", "<script>", "75", "a".repeat(100)]) {
      expect(resolvePlace(index, text)).toBeNull();
    }
  });
});

describe("suggestPlaces", () => {
  it("completes names, most populous first", () => {
    const labels = suggestPlaces(index, "mars", 3).map((place) => place.label);
    expect(labels[0]).toBe("Marseille (13)");
    expect(suggestPlaces(index, "etienne", 8)[0].name).toBe("Saint-Étienne");
  });

  it("completes postcodes with the arrondissement rather than the whole city", () => {
    const names = suggestPlaces(index, "7501", 8).map((place) => place.name);
    expect(names.length).toBe(8);
    expect(
      names.every((name) => name.startsWith("Paris ") && name.includes("Arrondissement")),
    ).toBe(true);
  });

  it("offers near misses for a typo", () => {
    expect(suggestPlaces(index, "Marseile", 5)[0].name).toBe("Marseille");
    expect(suggestPlaces(index, "Bordo", 5)[0].name).toBe("Bordeaux");
  });

  it("stays quiet for too little or too much", () => {
    expect(suggestPlaces(index, "l", 8)).toEqual([]);
    expect(suggestPlaces(index, "123456", 8)).toEqual([]);
    expect(suggestPlaces(index, "zzzzzzzzzz", 8)).toEqual([]);
  });
});
