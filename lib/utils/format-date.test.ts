import { describe, expect, it } from "vitest";
import {
  formatWeekday,
  formatCalendarDate,
  formatCalendarDay,
  formatDay,
  formatDayAndTime,
  formatInstant,
  formatTime,
} from "./format-date";

const AFTERNOON = new Date("2026-03-03T13:30:00Z");

describe("times in each language", () => {
  it("keeps each language's own way of writing a time", () => {
    const morning = new Date("2026-03-03T08:15:00Z");
    expect(formatTime("fr", morning, "Europe/Paris")).toBe("9 h 15");
    expect(formatTime("en", morning, "Europe/Paris")).toBe("9:15 AM");
    expect(formatTime("de", morning, "Europe/Paris")).toBe("9:15 Uhr");
    expect(formatTime("fr", new Date("2026-03-03T09:00:00Z"), "Europe/Paris")).toBe("10 h");
    expect(formatTime("en", AFTERNOON, "Europe/Paris")).toBe("2:30 PM");
    expect(formatTime("en", new Date("2026-03-02T23:05:00Z"), "Europe/Paris")).toBe("12:05 AM");
    expect(formatTime("en", new Date("2026-03-03T11:00:00Z"), "Europe/Paris")).toBe("12:00 PM");
  });

  it("reads the wall clock of the zone across a daylight-saving change", () => {
    // 2026-03-29 is the spring-forward Sunday in Europe: 09:00 local is 07:00 UTC after it,
    // 08:00 UTC the day before.
    const before = new Date("2026-03-28T08:00:00Z");
    const after = new Date("2026-03-29T07:00:00Z");
    for (const date of [before, after]) {
      expect(formatTime("fr", date, "Europe/Paris")).toBe("9 h");
      expect(formatTime("en", date, "Europe/Paris")).toBe("9:00 AM");
      expect(formatTime("de", date, "Europe/Paris")).toBe("9:00 Uhr");
    }
    // Autumn: 2026-10-25, 01:30 UTC is 02:30 local (after the change), 00:30 UTC is 02:30 too.
    expect(formatTime("de", new Date("2026-10-25T00:30:00Z"), "Europe/Paris")).toBe("2:30 Uhr");
    expect(formatTime("de", new Date("2026-10-25T01:30:00Z"), "Europe/Paris")).toBe("2:30 Uhr");
    expect(formatTime("fr", AFTERNOON, "America/Martinique")).toBe("9 h 30");
  });
});

describe("days in each language", () => {
  it("names days as each language does, French ordinals included", () => {
    const first = new Date("2026-11-01T10:00:00Z");
    expect(formatDay("fr", first, "Europe/Paris", true)).toBe("dimanche 1er novembre 2026");
    expect(formatDay("en", first, "Europe/Paris", true)).toBe("Sunday, 1 November 2026");
    expect(formatDay("de", first, "Europe/Paris", true)).toBe("Sonntag, 1. November 2026");
  });

  it("joins a day and a time with each language's word", () => {
    expect(formatDayAndTime("fr", AFTERNOON, "Europe/Paris", false)).toBe("mardi 3 mars à 14 h 30");
    expect(formatDayAndTime("en", AFTERNOON, "Europe/Paris", false)).toBe(
      "Tuesday 3 March at 2:30 PM",
    );
    expect(formatDayAndTime("de", AFTERNOON, "Europe/Paris", false)).toBe(
      "Dienstag, 3. März um 14:30 Uhr",
    );
  });

  it("names a calendar date the same in every zone", () => {
    expect(formatCalendarDay("fr", "2027-01-01")).toBe("vendredi 1er janvier");
    expect(formatCalendarDay("de", "2026-11-30")).toBe("Montag, 30. November");
    expect(formatCalendarDate("fr", "2017-09-03")).toBe("3 septembre 2017");
    expect(formatCalendarDate("en", "2017-09-03")).toBe("3 September 2017");
    expect(formatCalendarDate("de", "2017-09-03")).toBe("3. September 2017");
  });

  it("prints an instant on the zone's clock", () => {
    expect(formatInstant("fr", new Date("2030-07-12T13:05:00Z"))).toBe("12 juillet 2030 à 15:05");
    expect(formatInstant("en", new Date("2030-07-12T13:05:00Z"))).toMatch(/^12 July 2030.*15:05$/);
  });
});

describe("weekday names", () => {
  it("names ISO weekdays, Monday first, capitalised, in each language", () => {
    expect([1, 7].map((day) => formatWeekday("fr", day))).toEqual(["Lundi", "Dimanche"]);
    expect([1, 7].map((day) => formatWeekday("en", day))).toEqual(["Monday", "Sunday"]);
    expect([1, 7].map((day) => formatWeekday("de", day))).toEqual(["Montag", "Sonntag"]);
  });
});
