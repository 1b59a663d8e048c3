import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./accept-language";

describe("negotiateLocale", () => {
  it.each([
    ["de", "de"],
    ["de-CH,de;q=0.9,en;q=0.8", "de"],
    ["en-US,en;q=0.9", "en"],
    ["it-IT,it;q=0.9,en;q=0.5,de;q=0.4", "en"],
    ["es, de;q=0.1", "de"],
    ["fr-FR", "fr"],
    ["en;q=0.5,de;q=0.8", "de"],
    ["en;q=0.8,de;q=0.8", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it.each([
    [null],
    [""],
    ["*"],
    [";;;,,,"],
    ["de;q=abc"],
    ["de;q=0"],
    ["en;q=7"],
    ["<script>"],
    ["x".repeat(600)],
    [`${"zz,".repeat(300)}de`],
  ])("malformed or unknown %j → French", (header) => {
    expect(negotiateLocale(header)).toBe("fr");
  });
});
