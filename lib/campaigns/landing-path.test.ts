import { describe, expect, it } from "vitest";
import { landingPathProblem, shortPath, taggedPath } from "./landing-path";

describe("landingPathProblem", () => {
  it.each([
    "/",
    "/recherche",
    "/recherche?ou=Lyon&page=2",
    "/praticiens/dr-jeanne-martin",
    "/en/recherche",
    "/confidentialite/mesure",
    "/administration-publique",
  ])("accepts the public path %s", (path) => {
    expect(landingPathProblem(path)).toBeNull();
  });

  it.each([
    "",
    "recherche",
    "https://praxis.example/",
    "//evil.example/",
    "/\\evil.example",
    "/%61dmin",
    "/recherche/../admin",
    "/./admin",
    "/recherche#haut",
    "/recherche?campagne=autre",
    "/recherche?a=1?b=2",
    "/recherche?q=<script>",
    "/praticiens/jean dupont",
    `/${"a".repeat(300)}`,
  ])("refuses the malformed %s", (path) => {
    expect(landingPathProblem(path)).toBe("format");
  });

  it.each([
    "/admin",
    "/admin/campagnes",
    "/espace-patient",
    "/espace-praticien/agenda",
    "/api/v1/practitioners",
    "/c/printemps-2026",
    "/en/admin",
    "/de/espace-patient",
  ])("refuses the private area %s", (path) => {
    expect(landingPathProblem(path)).toBe("private");
  });
});

describe("tagged links", () => {
  it("adds the campaign to the query", () => {
    expect(taggedPath("/", "printemps-2026")).toBe("/?campagne=printemps-2026");
    expect(taggedPath("/recherche?ou=Lyon", "printemps-2026")).toBe(
      "/recherche?ou=Lyon&campagne=printemps-2026",
    );
  });

  it("gives the short form", () => {
    expect(shortPath("printemps-2026")).toBe("/c/printemps-2026");
  });
});
