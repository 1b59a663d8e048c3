import { describe, expect, it } from "vitest";
import {
  createZonedClock,
  dayOf,
  isoDateOf,
  isoWeekday,
  localDayAt,
  offsetMinutesAt,
  zonedToUtc,
} from "./zoned-time";

const PARIS = "Europe/Paris";
const at = (isoDate: string, hours: number, minutes = 0) =>
  zonedToUtc(dayOf(isoDate), hours * 60 + minutes, PARIS);
const utc = (iso: string) => Date.parse(iso);

describe("zonedToUtc in Europe/Paris", () => {
  it("uses UTC+1 in winter and UTC+2 in summer", () => {
    expect(at("2026-01-15", 9)).toBe(utc("2026-01-15T08:00:00Z"));
    expect(at("2026-07-15", 9)).toBe(utc("2026-07-15T07:00:00Z"));
  });

  it("handles the spring-forward day, 2026-03-29 (02:00 → 03:00)", () => {
    expect(at("2026-03-29", 1, 30)).toBe(utc("2026-03-29T00:30:00Z"));
    expect(at("2026-03-29", 3)).toBe(utc("2026-03-29T01:00:00Z"));
    expect(at("2026-03-29", 9)).toBe(utc("2026-03-29T07:00:00Z"));
    // 02:30 does not exist that night: it moves forward by the gap, to 03:30 summer time.
    expect(at("2026-03-29", 2, 30)).toBe(utc("2026-03-29T01:30:00Z"));
  });

  it("handles the fall-back day, 2026-10-25 (03:00 → 02:00)", () => {
    expect(at("2026-10-25", 1, 30)).toBe(utc("2026-10-24T23:30:00Z"));
    expect(at("2026-10-25", 3)).toBe(utc("2026-10-25T02:00:00Z"));
    expect(at("2026-10-25", 9)).toBe(utc("2026-10-25T08:00:00Z"));
    // 02:30 happens twice that night: the earlier, summer-time one is taken.
    expect(at("2026-10-25", 2, 30)).toBe(utc("2026-10-25T00:30:00Z"));
  });

  it("keeps days around the changes in their own offset", () => {
    expect(at("2026-03-28", 9)).toBe(utc("2026-03-28T08:00:00Z"));
    expect(at("2026-03-30", 9)).toBe(utc("2026-03-30T07:00:00Z"));
    expect(at("2026-10-24", 9)).toBe(utc("2026-10-24T07:00:00Z"));
    expect(at("2026-10-26", 9)).toBe(utc("2026-10-26T08:00:00Z"));
  });
});

describe("createZonedClock", () => {
  it("agrees with zonedToUtc every 10 minutes across both 2026 changes", () => {
    const clock = createZonedClock(PARIS);
    for (const isoDate of [
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
      "2026-10-24",
      "2026-10-25",
      "2026-10-26",
    ]) {
      const day = dayOf(isoDate);
      for (let minute = 0; minute < 1440; minute += 10) {
        expect(clock(day, minute), `${isoDate} minute ${minute}`).toBe(
          zonedToUtc(day, minute, PARIS),
        );
      }
    }
  });
});

describe("calendar days", () => {
  it("round-trips ISO dates", () => {
    expect(isoDateOf(dayOf("2026-03-29"))).toBe("2026-03-29");
  });

  it("numbers weekdays from Monday = 1 to Sunday = 7", () => {
    expect(isoWeekday(dayOf("2026-11-30"))).toBe(1);
    expect(isoWeekday(dayOf("2026-03-29"))).toBe(7);
    expect(isoWeekday(dayOf("1970-01-01"))).toBe(4);
  });

  it("finds the local day of an instant, which can differ from the UTC day", () => {
    expect(isoDateOf(localDayAt(utc("2026-03-28T23:30:00Z"), PARIS))).toBe("2026-03-29");
    expect(isoDateOf(localDayAt(utc("2026-03-29T21:59:00Z"), PARIS))).toBe("2026-03-29");
    expect(isoDateOf(localDayAt(utc("2026-03-29T22:00:00Z"), PARIS))).toBe("2026-03-30");
  });

  it("reports the offset in minutes", () => {
    expect(offsetMinutesAt(utc("2026-03-29T00:59:00Z"), PARIS)).toBe(60);
    expect(offsetMinutesAt(utc("2026-03-29T01:00:00Z"), PARIS)).toBe(120);
  });
});
