import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  formatCalendarDay,
  formatDay,
  formatDayAndTime,
  formatInstant,
  formatTime,
} from "./format-date-fr";

describe("formatCalendarDate", () => {
  it("prints a date without shifting it by a time zone", () => {
    expect(formatCalendarDate("2017-09-03")).toBe("3 septembre 2017");
    expect(formatCalendarDate("1988-01-01")).toBe("1 janvier 1988");
  });
});

describe("formatInstant", () => {
  it("prints the wall clock of the zone, summer and winter", () => {
    expect(formatInstant(new Date("2030-03-12T13:05:00Z"))).toBe("12 mars 2030 à 14:05");
    expect(formatInstant(new Date("2030-07-12T13:05:00Z"))).toBe("12 juillet 2030 à 15:05");
    expect(formatInstant(new Date("2030-07-12T13:05:00Z"), "Indian/Reunion")).toBe(
      "12 juillet 2030 à 17:05",
    );
  });
});

describe("appointment time wording", () => {
  it("reads the practitioner's wall clock, whatever the zone of the machine", () => {
    const date = new Date("2026-03-03T13:30:00Z");
    expect(formatDayAndTime(date, "Europe/Paris", false)).toBe("mardi 3 mars à 14 h 30");
    expect(formatTime(date, "America/Martinique")).toBe("9 h 30");
  });

  it("follows daylight-saving time and French ordinals", () => {
    // 2026-03-29 is the spring-forward Sunday: 09:00 local is 07:00 UTC.
    expect(formatTime(new Date("2026-03-29T07:00:00Z"), "Europe/Paris")).toBe("9 h");
    expect(formatDay(new Date("2026-11-01T10:00:00Z"), "Europe/Paris", true)).toBe(
      "dimanche 1er novembre 2026",
    );
  });

  it("names a calendar date's day the same in every zone", () => {
    expect(formatCalendarDay("2026-11-30")).toBe("lundi 30 novembre");
    expect(formatCalendarDay("2027-01-01")).toBe("vendredi 1er janvier");
  });
});
