import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatInstant } from "./format-date-fr";

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
