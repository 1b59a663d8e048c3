import { describe, expect, it } from "vitest";
import { easterSunday, frenchPublicHolidays } from "./french-holidays";
import { isoDateOfLocalDay } from "./zoned-time";

describe("French public holidays", () => {
  it("finds Easter Sunday", () => {
    expect(isoDateOfLocalDay(easterSunday(2026))).toBe("2026-04-05");
    expect(isoDateOfLocalDay(easterSunday(2027))).toBe("2027-03-28");
    expect(isoDateOfLocalDay(easterSunday(2038))).toBe("2038-04-25");
  });

  it("lists the eleven holidays of 2026 in order", () => {
    expect(frenchPublicHolidays(2026).map(isoDateOfLocalDay)).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-05-01",
      "2026-05-08",
      "2026-05-14",
      "2026-05-25",
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
  });
});
