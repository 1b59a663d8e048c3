import { describe, expect, it } from "vitest";
import { localDayOfIsoDate } from "@/lib/utils/zoned-time";
import { holidaySuggestions } from "./holiday-suggestions";

describe("holidaySuggestions", () => {
  it("offers the next public holidays from today, across the new year", () => {
    const today = localDayOfIsoDate("2030-12-20");
    expect(holidaySuggestions(today, new Set(), 3)).toEqual([
      { date: "2030-12-25", key: "christmas" },
      { date: "2031-01-01", key: "newYear" },
      { date: "2031-04-14", key: "easterMonday" },
    ]);
  });

  it("includes today, and leaves out the days an absence already covers", () => {
    const today = localDayOfIsoDate("2030-05-01");
    const covered = new Set([localDayOfIsoDate("2030-05-08")]);
    expect(holidaySuggestions(today, covered, 3).map((holiday) => holiday.date)).toEqual([
      "2030-05-01",
      "2030-05-30",
      "2030-06-10",
    ]);
  });

  it("looks no further than a year ahead", () => {
    const today = localDayOfIsoDate("2030-01-02");
    const all = holidaySuggestions(today, new Set(), 50);
    expect(all).toHaveLength(11);
    expect(all.at(-1)).toEqual({ date: "2031-01-01", key: "newYear" });
  });
});
