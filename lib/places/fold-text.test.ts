import { describe, expect, it } from "vitest";
import { boundedEditDistance, foldText } from "./fold-text";

describe("foldText", () => {
  it("ignores case, accents, ligatures and punctuation", () => {
    expect(foldText("Saint-Étienne")).toBe("saint etienne");
    expect(foldText("  L'Haÿ-les-Roses ")).toBe("l hay les roses");
    expect(foldText("Œuilly")).toBe("oeuilly");
    expect(foldText("DR. LEFÈVRE")).toBe("dr lefevre");
  });

  it("expands the abbreviations people type for saint and sainte", () => {
    expect(foldText("St Étienne")).toBe("saint etienne");
    expect(foldText("Ste-Foy")).toBe("sainte foy");
  });

  it("reduces markup and SQL-looking text to plain words", () => {
    expect(foldText("<script>alert(1)</script>")).toBe("script alert 1 script");
    expect(foldText("'; DROP TABLE practitioners; --")).toBe("drop table practitioners");
  });
});

describe("boundedEditDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(boundedEditDistance("marseile", "marseille", 2)).toBe(1);
    expect(boundedEditDistance("lyon", "lyon", 1)).toBe(0);
    expect(boundedEditDistance("bordo", "bordeaux", 5)).toBe(4);
  });

  it("stops counting past the bound", () => {
    expect(boundedEditDistance("paris", "toulouse", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcdef", 1)).toBe(2);
  });
});
