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

  it("never yields a path another origin could hide behind, from random strings", () => {
    fc.assert(fc.property(fc.string(), (input) => expectSameSite(safeReturnPath(input))));
  });

  it("never yields a path another origin could hide behind, from attack-shaped input", () => {
    fc.assert(
      fc.property(attackShaped(ATTACK_PREFIXES), (input) => expectSameSite(safeReturnPath(input))),
      { numRuns: 2000 },
    );
  });

  it("never yields a path another origin could hide behind, through dot segments", () => {
    fc.assert(
      fc.property(attackShaped(DOT_SEGMENT_PREFIXES, DOT_SEGMENT_SUFFIXES), (input) =>
        expectSameSite(safeReturnPath(input)),
      ),
      { numRuns: 2000 },
    );
  });
});

// What an open redirect is made of: a second slash or a backslash where the path should
// start, control characters browsers drop, schemes, encodings of all of these.
const ATTACK_PREFIXES = [
  "//",
  "/\\",
  "\\/",
  "\\\\",
  "/\t/",
  "/\n/",
  "/\r/",
  "\t//",
  " //",
  "/%2f",
  "/%5c",
  "/%2F/",
  "https:",
  "https://",
  "http:/",
  "javascript:",
  "data:",
  "/",
  "",
];
const DOT_SEGMENT_PREFIXES = ["/./", "/../", "/.%2e/", "/%2e%2e/", "/a/../", "/./."];
const DOT_SEGMENT_SUFFIXES = ["/..//", "/./../", "/%2e%2e//"];

const hostArb = fc.oneof(
  fc.constantFrom("evil.example", "evil.example:443", "user@evil.example", "127.0.0.1", "[::1]"),
  fc.domain(),
);
const SUFFIXES = ["", "/", "/path?x=1", "#frag", "\\", "@evil.example"];
const attackShaped = (prefixes: string[], suffixes: string[] = []) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...prefixes, ...ATTACK_PREFIXES), { minLength: 1, maxLength: 3 }),
      hostArb,
      fc.constantFrom(...SUFFIXES, ...suffixes),
    )
    .map(([start, host, rest]) => `${start.join("")}${host}${rest}`);

function expectSameSite(path: string): void {
  expect(path.startsWith("/"), path).toBe(true);
  expect(path.startsWith("//") || path.startsWith("/\\"), path).toBe(false);
  expect(new URL(path, "https://praxis.test").origin, path).toBe("https://praxis.test");
}

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
