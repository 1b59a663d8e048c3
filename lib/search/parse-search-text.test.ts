import { describe, expect, it } from "vitest";
import { parseSearchText } from "./parse-search-text";

describe("parseSearchText", () => {
  it("folds case and accents the way the database does", () => {
    expect(parseSearchText("  Médecin GÉNÉRALISTE ")).toEqual({
      folded: "medecin generaliste",
      tokens: ["medecin", "generaliste"],
      titled: false,
    });
  });

  it("drops a courtesy title before a name", () => {
    expect(parseSearchText("Dr Lefevre")).toEqual({
      folded: "lefevre",
      tokens: ["lefevre"],
      titled: true,
    });
    expect(parseSearchText("Docteur Claire Martin")?.tokens).toEqual(["claire", "martin"]);
    expect(parseSearchText("Pr. Dupont")?.tokens).toEqual(["dupont"]);
  });

  it("keeps a title typed alone: « docteur » is how people say GP", () => {
    expect(parseSearchText("docteur")).toEqual({
      folded: "docteur",
      tokens: ["docteur"],
      titled: false,
    });
  });

  it("sets filler words aside but keeps them in the folded text", () => {
    expect(parseSearchText("grain de beauté")).toEqual({
      folded: "grain de beaute",
      tokens: ["grain", "beaute"],
      titled: false,
    });
  });

  it("has nothing to search in blanks, punctuation or filler alone", () => {
    for (const text of ["", "   ", "--", "de la", "'; --"]) {
      expect(parseSearchText(text)).toBeNull();
    }
  });

  it("reduces SQL- or HTML-looking text to harmless words, at most six", () => {
    expect(parseSearchText("<b>cardio</b>' OR 1=1; --")?.tokens).toEqual([
      "b",
      "cardio",
      "b",
      "or",
      "1",
      "1",
    ]);
    expect(parseSearchText("a b c d e f g h i j")?.folded.split(" ")).toHaveLength(6);
  });
});
