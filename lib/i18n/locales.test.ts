import { describe, expect, it } from "vitest";
import { localizePath, splitLocalePath } from "./locales";

describe("splitLocalePath", () => {
  it("reads the language prefix", () => {
    expect(splitLocalePath("/en/recherche")).toEqual({
      locale: "en",
      path: "/recherche",
      explicitDefault: false,
    });
    expect(splitLocalePath("/de")).toEqual({ locale: "de", path: "/", explicitDefault: false });
  });

  it("treats unprefixed paths as French and flags an explicit /fr", () => {
    expect(splitLocalePath("/recherche").locale).toBe("fr");
    expect(splitLocalePath("/recherche").path).toBe("/recherche");
    expect(splitLocalePath("/fr/recherche")).toEqual({
      locale: "fr",
      path: "/recherche",
      explicitDefault: true,
    });
  });

  it("does not mistake look-alike segments for a language", () => {
    expect(splitLocalePath("/english").path).toBe("/english");
    expect(splitLocalePath("/xx/recherche").path).toBe("/xx/recherche");
  });
});

describe("localizePath", () => {
  it("prefixes other languages and leaves French alone", () => {
    expect(localizePath("en", "/recherche?q=a")).toBe("/en/recherche?q=a");
    expect(localizePath("de", "/")).toBe("/de");
    expect(localizePath("de", "/#recherche")).toBe("/de#recherche");
    expect(localizePath("fr", "/recherche")).toBe("/recherche");
  });
});
