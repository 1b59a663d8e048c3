import { describe, expect, it } from "vitest";
import { campaignDayOf, countedEntry } from "./funnel";

describe("campaignDayOf", () => {
  it("is the day in Paris, not in UTC or the server's zone", () => {
    // 23:30 UTC is already the next day in Paris, in winter (UTC+1) and in summer (UTC+2).
    expect(campaignDayOf(new Date("2026-12-06T23:30:00Z"))).toBe("2026-12-07");
    expect(campaignDayOf(new Date("2026-07-14T22:30:00Z"))).toBe("2026-07-15");
    expect(campaignDayOf(new Date("2026-07-14T21:59:59Z"))).toBe("2026-07-14");
  });
});

describe("countedEntry", () => {
  it("is a day, a campaign, a step and +1: nothing about the visitor or the time of day", () => {
    expect(countedEntry("ete-2026", "SEARCH", new Date("2026-07-14T08:12:45.123Z"))).toEqual({
      day: "2026-07-14",
      campaign: "ete-2026",
      step: "SEARCH",
      increment: 1,
    });
  });
});
