import { describe, expect, it } from "vitest";
import { campaignSlugFrom, withCampaign } from "./campaign-param";

describe("campaignSlugFrom", () => {
  it.each(["abc", "printemps-2026", "a".repeat(40), "2026", "---"])("accepts %j", (value) => {
    expect(campaignSlugFrom(value)).toBe(value);
  });

  it.each([
    ["too short", "ab"],
    ["too long", "a".repeat(41)],
    ["10,000 characters", "a".repeat(10_000)],
    ["HTML", "<script>alert(1)</script>"],
    ["upper case", "Printemps-2026"],
    ["an e-mail", "marie@example.org"],
    ["spaces", "printemps 2026"],
    ["accents", "été-2026"],
    ["empty", ""],
  ])("refuses %s", (_, value) => {
    expect(campaignSlugFrom(value)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(campaignSlugFrom(undefined)).toBeNull();
    expect(campaignSlugFrom(["abc", "def"])).toBeNull();
  });
});

describe("withCampaign", () => {
  it("appends the campaign to a path, with or without a query, before the fragment", () => {
    expect(withCampaign("/recherche", "ete")).toBe("/recherche?campagne=ete");
    expect(withCampaign("/en/recherche?q=x&page=2", "ete")).toBe(
      "/en/recherche?q=x&page=2&campagne=ete",
    );
    expect(withCampaign("/praticiens/dr-a?x=1#creneaux", "ete")).toBe(
      "/praticiens/dr-a?x=1&campagne=ete#creneaux",
    );
  });

  it("replaces a campaign already there instead of adding a second", () => {
    expect(withCampaign("/?campagne=old&q=1", "new")).toBe("/?campagne=new&q=1");
  });

  it("leaves addresses alone without a campaign, or when they are not ours", () => {
    expect(withCampaign("/recherche?q=x", null)).toBe("/recherche?q=x");
    expect(withCampaign("https://maps.example/?q=1", "ete")).toBe("https://maps.example/?q=1");
    expect(withCampaign("//evil.example/", "ete")).toBe("//evil.example/");
    expect(withCampaign("#creneaux", "ete")).toBe("#creneaux");
  });
});
