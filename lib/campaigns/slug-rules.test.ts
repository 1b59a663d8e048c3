import { describe, expect, it } from "vitest";
import { slugProblem } from "./slug-rules";

describe("slugProblem", () => {
  it.each([
    "printemps-2026",
    "rentree-2026-newsletter",
    "hiver-2026-radio",
    "affiche-metro-lyon",
    "q4-2026",
    "covid19-rappel",
    "abc",
    "mutuelle-partenaire-2026-2027",
    "salon-sante-75011",
    "schtroumpf-noel",
    "a".repeat(40),
  ])("accepts the campaign name %s", (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it.each([
    ["ab", "too short"],
    ["a".repeat(41), "too long"],
    ["Printemps-2026", "capitals"],
    ["été-2026", "accents"],
    ["printemps_2026", "underscore"],
    ["-printemps", "leading dash"],
    ["printemps-", "trailing dash"],
    ["printemps--2026", "double dash"],
    ["jean.dupont@gmail.com", "a raw e-mail"],
  ])("refuses the malformed %s (%s)", (slug) => {
    expect(slugProblem(slug)).toBe("format");
  });

  it.each([
    ["jean-dupont-gmail-com", "an e-mail with dashes"],
    ["marie-curie-at-exemple-fr", "an e-mail spelled out"],
    ["0612345678", "a phone number"],
    ["campagne-20260316", "a date written as digits"],
    ["client-123456", "an account number"],
    ["550e8400-e29b-41d4-a716-446655440000", "a UUID"],
    ["550e8400e29b41d4a716446655440000", "a UUID without dashes"],
    ["d41d8cd98f00b204", "a hexadecimal hash"],
    ["x7k2m9q4", "a generated token"],
    ["promo-a1b2c3d4", "a generated token after a word"],
    ["xkqjzrtplm", "random letters"],
    ["12-34-56-78", "mostly digits"],
    ["2026-2027-2028", "digits only"],
  ])("refuses %s, which looks like an identifier (%s)", (slug) => {
    expect(slugProblem(slug)).toBe("identifier");
  });
});
