import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath, signUpPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/espace-patient", "/espace-patient"],
    ["/espace-patient/proches?tri=nom#liste", "/espace-patient/proches?tri=nom#liste"],
    ["/recherche?q=m%C3%A9decin", "/recherche?q=m%C3%A9decin"],
  ])("keeps the same-site path %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "https://attacker.example/",
    "//attacker.example",
    "/\\attacker.example",
    "\\\\attacker.example",
    "/\t/attacker.example",
    "javascript:alert(1)",
    "espace-patient",
    "",
    "/connexion",
    "/connexion?retour=/admin",
    `/${"a".repeat(3000)}`,
    null,
    42,
  ])("falls back to the home page for %j", (input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it.each([
    "/.//evil.example",
    "/..//evil.example",
    "/a/../..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E//evil.example",
    "/.%2F/evil.example",
    "/%5Cevil.example",
    "/./\\evil.example",
  ])("resolves %j first, and so stays on our origin", (input) => {
    const path = safeReturnPath(input);
    expect(new URL(path, "https://praxis.test").origin).toBe("https://praxis.test");
    expect(path.startsWith("//")).toBe(false);
  });

  it("keeps a path whose dot segments resolve within the site", () => {
    expect(safeReturnPath("/espace-patient/./proches/../profil")).toBe("/espace-patient/profil");
  });

  it("never yields a path another origin could hide behind, dot segments included", () => {
    const piece = fc.constantFrom(
      "/",
      ".",
      "..",
      "%2e",
      "%2E",
      "%2f",
      "%5c",
      "\\",
      "evil.example",
      "a",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const path = safeReturnPath(`/${pieces.join("")}`);
        expect(new URL(path, "https://praxis.test").origin).toBe("https://praxis.test");
        expect(path.startsWith("//")).toBe(false);
        expect(decodeURIComponent(path).startsWith("//")).toBe(false);
      }),
    );
  });

  it("never yields a path another origin could hide behind", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const path = safeReturnPath(input);
        expect(new URL(path, "https://praxis.test").origin).toBe("https://praxis.test");
        expect(path.startsWith("//")).toBe(false);
      }),
    );
  });
});

describe("signInPath", () => {
  it("remembers a safe path only", () => {
    expect(signInPath("/espace-patient/mes-donnees")).toBe(
      "/connexion?retour=%2Fespace-patient%2Fmes-donnees",
    );
    expect(signInPath("//attacker.example")).toBe("/connexion");
    expect(signInPath(null)).toBe("/connexion");
    expect(signInPath("/")).toBe("/connexion");
  });
});

describe("signUpPath", () => {
  it("hands a safe path on, so that signing in after signing up leads back to it", () => {
    expect(signUpPath("/rendez-vous/dr-x/confirmer?motif=m&debut=d")).toBe(
      "/inscription?retour=%2Frendez-vous%2Fdr-x%2Fconfirmer%3Fmotif%3Dm%26debut%3Dd",
    );
    expect(signUpPath(["/a", "/b"])).toBe("/inscription");
    expect(signUpPath("https://attacker.example/")).toBe("/inscription");
  });
});
