import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TextMatch } from "./interpret-search-text";
import { rankCandidates, relevanceOf, type Candidate } from "./ranking";

const at = (hour: number) => new Date(Date.UTC(2030, 0, 7, hour));
const candidate = (slug: string, fields: Partial<Candidate> = {}): Candidate => ({
  id: slug,
  slug,
  specialtyScore: 1,
  nameScore: 0,
  distanceMeters: null,
  nextFreeAt: null,
  ...fields,
});
const slugs = (list: Candidate[]) => list.map((entry) => entry.slug);
const specialty: TextMatch = { kind: "specialty-or-name", specialties: [], name: "cardiologue" };

describe("relevanceOf", () => {
  it("scores each reading of the text", () => {
    const both = candidate("a", { specialtyScore: 1, nameScore: 0.6 });
    expect(relevanceOf(both, { kind: "name", name: "x" })).toBe(0.6);
    expect(relevanceOf(both, { ...specialty, kind: "specialty-and-name" })).toBe(0.8);
    expect(relevanceOf(both, specialty)).toBe(1);
    expect(relevanceOf(both, null)).toBe(1);
  });
});

describe("rankCandidates", () => {
  it("puts the better text match first, whatever the sort", () => {
    const exact = candidate("lefevre", { specialtyScore: 0, nameScore: 1, distanceMeters: 9000 });
    const close = candidate("lefebvre", {
      specialtyScore: 0,
      nameScore: 0.75,
      distanceMeters: 100,
    });
    const name: TextMatch = { kind: "name", name: "lefevre" };
    expect(slugs(rankCandidates([close, exact], name, "distance"))).toEqual([
      "lefevre",
      "lefebvre",
    ]);
  });

  it("orders equally relevant results by the chosen sort, then by the other", () => {
    const near = candidate("near", { distanceMeters: 500, nextFreeAt: at(15) });
    const far = candidate("far", { distanceMeters: 5000, nextFreeAt: at(9) });
    const farLater = candidate("far-later", { distanceMeters: 5000, nextFreeAt: at(10) });
    expect(slugs(rankCandidates([far, farLater, near], specialty, "distance"))).toEqual([
      "near",
      "far",
      "far-later",
    ]);
    expect(slugs(rankCandidates([near, farLater, far], specialty, "availability"))).toEqual([
      "far",
      "far-later",
      "near",
    ]);
  });

  it("treats scores within one step as equal: the sort decides", () => {
    const a = candidate("a", { specialtyScore: 0.71, distanceMeters: 900 });
    const b = candidate("b", { specialtyScore: 0.68, distanceMeters: 100 });
    expect(slugs(rankCandidates([a, b], specialty, "distance"))).toEqual(["b", "a"]);
  });

  it("puts practitioners with no free slot or no distance last", () => {
    const none = candidate("none");
    const soon = candidate("soon", { nextFreeAt: at(8) });
    expect(slugs(rankCandidates([none, soon], specialty, "availability"))).toEqual([
      "soon",
      "none",
    ]);
  });

  it("is a total order: any input order gives the same ranking, so pages never overlap", () => {
    const arbitraryCandidate = fc.record({
      slug: fc.uuid(),
      specialtyScore: fc.double({ min: 0, max: 1, noNaN: true }),
      nameScore: fc.double({ min: 0, max: 1, noNaN: true }),
      distanceMeters: fc.option(fc.integer({ min: 0, max: 50_000 })),
      nextFreeAt: fc.option(fc.integer({ min: 0, max: 48 }).map(at)),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryCandidate, { selector: (entry) => entry.slug, maxLength: 60 }),
        fc.constantFrom("distance" as const, "availability" as const),
        (entries, sort) => {
          const list = entries.map((entry) => candidate(entry.slug, entry));
          const ranked = slugs(rankCandidates(list, specialty, sort));
          expect(slugs(rankCandidates([...list].reverse(), specialty, sort))).toEqual(ranked);
          const pages = [0, 20, 40].flatMap((start) => ranked.slice(start, start + 20));
          expect(new Set(pages).size).toBe(list.length);
        },
      ),
    );
  });
});
