import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugBase } from "./practitioner-slug";

describe("slugBase", () => {
  it("builds a readable address from the title and names", () => {
    expect(slugBase({ title: "DR", firstName: "Hélène", lastName: "Da Silva" })).toBe(
      "dr-helene-da-silva",
    );
    expect(slugBase({ title: "NONE", firstName: "Léa", lastName: "N’Guyen" })).toBe("lea-n-guyen");
  });

  it("falls back on a neutral base for names without Latin letters", () => {
    expect(slugBase({ title: "NONE", firstName: "محمد", lastName: "علي" })).toBe("praticien");
    expect(slugBase({ title: "DR", firstName: "王", lastName: "小明" })).toBe("dr");
  });

  it("stays short for very long names", () => {
    const slug = slugBase({ title: "PR", firstName: "a".repeat(100), lastName: "b".repeat(100) });
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
  });
});

describe("firstFreeSlug", () => {
  it("takes the base, then the first free suffix", () => {
    expect(firstFreeSlug("dr-claire-martin", new Set())).toBe("dr-claire-martin");
    expect(
      firstFreeSlug(
        "dr-claire-martin",
        new Set(["dr-claire-martin", "dr-claire-martin-2", "dr-claire-martin-paris"]),
      ),
    ).toBe("dr-claire-martin-3");
  });
});
