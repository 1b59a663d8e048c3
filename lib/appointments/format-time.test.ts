import { describe, expect, it } from "vitest";
import { formatDay, formatDayAndTime, formatTime } from "./format-time";

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
});
