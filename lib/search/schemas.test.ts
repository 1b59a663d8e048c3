import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { hasSearchCriteria, searchQuerySchema } from "./schemas";

const parse = (input: Record<string, unknown>) => searchQuerySchema.safeParse(input);
// Issues carry catalogue keys; read as a French page shows them (which also proves every
// key exists, since a missing one would come back as the key).
const messagesFor = (input: Record<string, unknown>, field: string, locale: "fr" | "en" = "fr") => {
  const result = parse(input);
  const t = translatorFor(locale);
  return result.success
    ? []
    : result.error.issues
        .filter((issue) => issue.path[0] === field)
        .map((issue) => t(issue.message as never));
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

  it("says its limits in the reader's language, with the numbers the schema enforces", () => {
    expect(messagesFor({ q: "a".repeat(101) }, "q", "en")).toEqual(["100 characters at most."]);
    expect(messagesFor({ radiusKm: "101" }, "radiusKm", "en")).toEqual([
      "The radius must be a whole number from 1 to 100 km.",
    ]);
    expect(messagesFor({ availableWithinDays: "15" }, "availableWithinDays", "en")).toEqual([
      "The time frame must be a whole number from 1 to 14 days.",
    ]);
    expect(messagesFor({ page: "51" }, "page", "en")).toEqual([
      "The page must be a whole number from 1 to 50.",
    ]);
    expect(
      parse({ q: "a".repeat(100), radiusKm: "100", availableWithinDays: "14", page: "50" }).success,
    ).toBe(true);
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
