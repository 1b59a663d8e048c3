import { describe, expect, it } from "vitest";
import { hasSearchCriteria, searchQuerySchema } from "./schemas";

const parse = (input: Record<string, unknown>) => searchQuerySchema.safeParse(input);
const messagesFor = (input: Record<string, unknown>, field: string) => {
  const result = parse(input);
  return result.success
    ? []
    : result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
};

describe("searchQuerySchema", () => {
  it("reads a form submission, empty fields included", () => {
    const result = parse({
      q: " cardiologue ",
      place: "Lyon",
      radiusKm: "20",
      teleconsultation: "true",
      newPatients: "",
      lang: "",
      availableWithinDays: "3",
      sort: "availability",
      page: "2",
    });
    expect(result.data).toEqual({
      q: "cardiologue",
      place: "Lyon",
      radiusKm: 20,
      teleconsultation: true,
      newPatients: undefined,
      lang: undefined,
      availableWithinDays: 3,
      sort: "availability",
      page: 2,
      specialty: undefined,
    });
  });

  it("refuses a 5,000-character query with a clear message", () => {
    expect(messagesFor({ q: "a".repeat(5000) }, "q")).toEqual(["100 caractères au plus."]);
  });

  it("refuses radii and pages out of range, and non-numbers", () => {
    for (const radiusKm of ["-5", "0", "101", "1e9", "abc", "2.5"]) {
      expect(messagesFor({ place: "Paris", radiusKm }, "radiusKm")).toHaveLength(1);
    }
    for (const page of ["-1", "0", "51", "1000000000", "1.5"]) {
      expect(messagesFor({ q: "x", page }, "page")).toEqual([
        "La page doit être un nombre entier de 1 à 50.",
      ]);
    }
  });

  it("refuses unknown values of closed lists", () => {
    expect(messagesFor({ q: "x", lang: "klingon" }, "lang")).toEqual(["Langue inconnue."]);
    expect(messagesFor({ q: "x", sort: "price" }, "sort")).toHaveLength(1);
    expect(messagesFor({ q: "x", teleconsultation: "maybe" }, "teleconsultation")).toHaveLength(1);
    expect(messagesFor({ specialty: "'; DROP TABLE" }, "specialty")).toHaveLength(1);
  });

  it("refuses a repeated parameter rather than picking one", () => {
    expect(messagesFor({ q: ["a", "b"] }, "q")).toHaveLength(1);
  });

  it("needs a place to sort by distance", () => {
    expect(messagesFor({ q: "x", sort: "distance" }, "sort")).toEqual([
      "Le tri par distance demande un lieu (place).",
    ]);
    expect(parse({ q: "x", place: "Lyon", sort: "distance" }).success).toBe(true);
  });
});

describe("hasSearchCriteria", () => {
  it("needs a what or a where", () => {
    expect(hasSearchCriteria({})).toBe(false);
    expect(hasSearchCriteria({ lang: "en", teleconsultation: true })).toBe(false);
    expect(hasSearchCriteria({ q: "x" })).toBe(true);
    expect(hasSearchCriteria({ place: "Lyon" })).toBe(true);
    expect(hasSearchCriteria({ specialty: "cardiologue" })).toBe(true);
  });
});
