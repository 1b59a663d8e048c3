import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatLocalDateTime,
  formatMinuteOfDay,
  isoDateOfLocalDay,
  isoWeekdayOfLocalDay,
  localDateTimeAt,
  localDayOfCalendarDate,
  localDayOfIsoDate,
  localDaysOverlapping,
  localSpanToUtc,
  MS_PER_MINUTE,
  offsetMinutesAt,
  startOfLocalDay,
  zonedToUtc,
} from "./zoned-time";

const PARIS = "Europe/Paris";
const NEW_YORK = "America/New_York";
const AUCKLAND = "Pacific/Auckland";
const utc = (iso: string) => Date.parse(iso);
const local = (isoDate: string, time: string, timeZone: string) => {
  const [hours, minutes] = time.split(":").map(Number);
  return zonedToUtc(localDayOfIsoDate(isoDate), hours * 60 + minutes, timeZone);
};
const span = (isoDate: string, time: string, length: number, timeZone: string) => {
  const [hours, minutes] = time.split(":").map(Number);
  return localSpanToUtc(localDayOfIsoDate(isoDate), hours * 60 + minutes, length, timeZone);
};

describe("calendar days", () => {
  it("round-trips ISO dates and knows their weekday", () => {
    const day = localDayOfIsoDate("2026-03-29");
    expect(isoDateOfLocalDay(day)).toBe("2026-03-29");
    expect(isoWeekdayOfLocalDay(day)).toBe(7);
    expect(isoWeekdayOfLocalDay(localDayOfIsoDate("2026-03-30"))).toBe(1);
    expect(isoWeekdayOfLocalDay(localDayOfIsoDate("1969-12-31"))).toBe(3);
    expect(localDayOfCalendarDate(new Date("2026-03-29T00:00:00Z"))).toBe(day);
  });

  it("refuses what is not a date", () => {
    expect(() => localDayOfIsoDate("2026-3-29")).toThrow(RangeError);
    expect(() => localDayOfIsoDate("tomorrow")).toThrow(RangeError);
  });

  it("formats minutes of the day", () => {
    expect(formatMinuteOfDay(545)).toBe("09:05");
    expect(formatMinuteOfDay(1440)).toBe("24:00");
  });
});

describe("Europe/Paris", () => {
  it("is UTC+1 in winter and UTC+2 in summer", () => {
    expect(offsetMinutesAt(utc("2026-01-15T12:00:00Z"), PARIS)).toBe(60);
    expect(offsetMinutesAt(utc("2026-07-15T12:00:00Z"), PARIS)).toBe(120);
    expect(local("2026-01-15", "09:00", PARIS)).toBe(utc("2026-01-15T08:00:00Z"));
    expect(local("2026-07-15", "09:00", PARIS)).toBe(utc("2026-07-15T07:00:00Z"));
  });

  it("has no 02:00–02:59 on 2026-03-29", () => {
    expect(local("2026-03-29", "01:59", PARIS)).toBe(utc("2026-03-29T00:59:00Z"));
    expect(local("2026-03-29", "02:00", PARIS)).toBeNull();
    expect(local("2026-03-29", "02:30", PARIS)).toBeNull();
    expect(local("2026-03-29", "03:00", PARIS)).toBe(utc("2026-03-29T01:00:00Z"));
    expect(formatLocalDateTime(utc("2026-03-29T01:00:00Z"), PARIS)).toBe("2026-03-29 03:00");
  });

  it("reads 02:00–02:59 twice on 2026-10-25 and means the first one", () => {
    expect(local("2026-10-25", "02:30", PARIS)).toBe(utc("2026-10-25T00:30:00Z"));
    expect(formatLocalDateTime(utc("2026-10-25T00:30:00Z"), PARIS)).toBe("2026-10-25 02:30");
    expect(formatLocalDateTime(utc("2026-10-25T01:30:00Z"), PARIS)).toBe("2026-10-25 02:30");
    expect(local("2026-10-25", "03:00", PARIS)).toBe(utc("2026-10-25T02:00:00Z"));
  });

  it("keeps the days around each change in their own offset", () => {
    expect(local("2026-03-28", "09:00", PARIS)).toBe(utc("2026-03-28T08:00:00Z"));
    expect(local("2026-03-30", "09:00", PARIS)).toBe(utc("2026-03-30T07:00:00Z"));
    expect(local("2026-10-24", "09:00", PARIS)).toBe(utc("2026-10-24T07:00:00Z"));
    expect(local("2026-10-26", "09:00", PARIS)).toBe(utc("2026-10-26T08:00:00Z"));
  });
});

describe("localSpanToUtc", () => {
  it("never lets a span touch the spring-forward gap", () => {
    expect(span("2026-03-29", "01:40", 20, PARIS)).toBe(utc("2026-03-29T00:40:00Z"));
    expect(span("2026-03-29", "01:50", 20, PARIS)).toBeNull();
    expect(span("2026-03-29", "02:40", 20, PARIS)).toBeNull();
    expect(span("2026-03-29", "03:00", 20, PARIS)).toBe(utc("2026-03-29T01:00:00Z"));
  });

  it("places a span in the repeated hour where the clock reads it without going back", () => {
    expect(span("2026-10-25", "02:40", 20, PARIS)).toBe(utc("2026-10-25T00:40:00Z"));
    // 02:50 + 20 min crosses 03:00 summer time: only the second 02:50 runs on to 03:10.
    expect(span("2026-10-25", "02:50", 20, PARIS)).toBe(utc("2026-10-25T01:50:00Z"));
    // 01:30 to 03:30 would take three real hours: such a span does not exist.
    expect(span("2026-10-25", "01:30", 120, PARIS)).toBeNull();
  });

  it("takes the next day's midnight for minute 1440", () => {
    expect(span("2026-01-15", "00:00", 0, PARIS)).toBe(utc("2026-01-14T23:00:00Z"));
    expect(localSpanToUtc(localDayOfIsoDate("2026-01-14"), 1440, 0, PARIS)).toBe(
      utc("2026-01-14T23:00:00Z"),
    );
  });
});

describe("other zones", () => {
  it("America/New_York skips 02:00 on 2026-03-08 and repeats 01:00 on 2026-11-01", () => {
    expect(local("2026-03-08", "02:30", NEW_YORK)).toBeNull();
    expect(local("2026-03-08", "03:00", NEW_YORK)).toBe(utc("2026-03-08T07:00:00Z"));
    expect(local("2026-11-01", "01:30", NEW_YORK)).toBe(utc("2026-11-01T05:30:00Z"));
    expect(local("2026-11-01", "02:00", NEW_YORK)).toBe(utc("2026-11-01T07:00:00Z"));
  });

  it("Pacific/Auckland repeats 02:00 on 2026-04-05 and skips it on 2026-09-27", () => {
    expect(offsetMinutesAt(utc("2026-01-15T00:00:00Z"), AUCKLAND)).toBe(13 * 60);
    expect(local("2026-04-05", "02:30", AUCKLAND)).toBe(utc("2026-04-04T13:30:00Z"));
    expect(local("2026-09-27", "02:30", AUCKLAND)).toBeNull();
    expect(local("2026-09-27", "09:00", AUCKLAND)).toBe(utc("2026-09-26T20:00:00Z"));
  });

  it("Asia/Kolkata is UTC+05:30 all year", () => {
    expect(local("2026-03-29", "09:00", "Asia/Kolkata")).toBe(utc("2026-03-29T03:30:00Z"));
    expect(local("2026-10-25", "09:00", "Asia/Kolkata")).toBe(utc("2026-10-25T03:30:00Z"));
  });

  it("starts a day whose midnight is skipped (America/Santiago, 2026-09-06) at 01:00", () => {
    const day = localDayOfIsoDate("2026-09-06");
    expect(zonedToUtc(day, 0, "America/Santiago")).toBeNull();
    expect(startOfLocalDay(day, "America/Santiago")).toBe(utc("2026-09-06T04:00:00Z"));
    expect(formatLocalDateTime(utc("2026-09-06T04:00:00Z"), "America/Santiago")).toBe(
      "2026-09-06 01:00",
    );
  });
});

describe("localDaysOverlapping", () => {
  it("lists the local days of a UTC window, not its UTC days", () => {
    const isoDays = (from: string, to: string) =>
      localDaysOverlapping(utc(from), utc(to), PARIS).map(isoDateOfLocalDay);
    // 2026-03-28T23:30Z is already 00:30 on the 29th in Paris; 22:00Z is the 31st's midnight.
    expect(isoDays("2026-03-28T23:30:00Z", "2026-03-30T22:00:00Z")).toEqual([
      "2026-03-29",
      "2026-03-30",
    ]);
    expect(isoDays("2026-03-28T23:30:00Z", "2026-03-30T22:01:00Z")).toEqual([
      "2026-03-29",
      "2026-03-30",
      "2026-03-31",
    ]);
    expect(isoDays("2026-03-30T22:00:00Z", "2026-03-30T22:00:00Z")).toEqual([]);
  });
});

describe("round trips", () => {
  const zones = fc.constantFrom(
    PARIS,
    NEW_YORK,
    AUCKLAND,
    "Australia/Sydney",
    "Asia/Kolkata",
    "UTC",
  );
  const instants = fc
    .integer({
      min: utc("2025-01-01T00:00:00Z") / MS_PER_MINUTE,
      max: utc("2028-01-01T00:00:00Z") / MS_PER_MINUTE,
    })
    .map((minutes) => minutes * MS_PER_MINUTE);

  it("reads the same wall clock as Intl", () => {
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        const reading = new Intl.DateTimeFormat("sv-SE", {
          timeZone,
          dateStyle: "short",
          timeStyle: "short",
        }).format(instant);
        expect(formatLocalDateTime(instant, timeZone)).toBe(reading);
      }),
    );
  });

  it("maps a reading back to that instant, or to an earlier one with the same reading", () => {
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        const { day, minute } = localDateTimeAt(instant, timeZone);
        const back = zonedToUtc(day, minute, timeZone);
        expect(back).not.toBeNull();
        expect(back!).toBeLessThanOrEqual(instant);
        if (back !== instant)
          expect(formatLocalDateTime(back!, timeZone)).toBe(formatLocalDateTime(instant, timeZone));
      }),
    );
  });
});
