import { describe, expect, it } from "vitest";
import { localDayOfIsoDate } from "@/lib/utils/zoned-time";
import { findPracticeTimeAt, listPracticeTimes, nextPracticeTimes } from "./practice-times";
import { at, CABINET, everyDay, interval, localStarts, schedule } from "./schedule-fixtures";

const MONDAY = "2026-01-12";
const EARLY = new Date("2020-01-01T00:00:00Z");
const practice = schedule({ weeklyHours: everyDay("09:00", "12:00") });

const check = (time: string, overrides: Partial<Parameters<typeof findPracticeTimeAt>[1]> = {}) =>
  findPracticeTimeAt(practice, {
    startsAt: at(MONDAY, time),
    durationMinutes: 20,
    now: EARLY,
    ...overrides,
  });

describe("findPracticeTimeAt", () => {
  it("takes any whole minute inside the hours, off the online grid", () => {
    const result = check("09:07");
    expect(result).toEqual({
      ok: true,
      slot: { ...interval(at(MONDAY, "09:07"), 20), locationId: CABINET },
      blockedUntil: at(MONDAY, "09:27"),
    });
  });

  it("needs the whole appointment inside one window", () => {
    expect(check("11:40").ok).toBe(true);
    expect(check("11:41")).toEqual({ ok: false, reason: "OUTSIDE_HOURS" });
    expect(check("08:59")).toEqual({ ok: false, reason: "OUTSIDE_HOURS" });
    expect(check("14:00")).toEqual({ ok: false, reason: "OUTSIDE_HOURS" });
  });

  it("refuses the hours of another practice when one is named", () => {
    expect(check("09:00", { locationId: "other" })).toEqual({ ok: false, reason: "OUTSIDE_HOURS" });
    expect(check("09:00", { locationId: CABINET }).ok).toBe(true);
  });

  it("refuses days before today, seconds, absences and overlaps with their buffer", () => {
    expect(check("09:00", { now: at("2026-01-13", "08:00") })).toEqual({
      ok: false,
      reason: "IN_PAST",
    });
    // Earlier today is fine: a walk-in written down afterwards.
    expect(check("09:00", { now: at(MONDAY, "11:00") }).ok).toBe(true);
    const withSeconds = new Date(at(MONDAY, "09:00").getTime() + 30_000);
    expect(check("09:00", { startsAt: withSeconds })).toEqual({ ok: false, reason: "MISALIGNED" });
    const busy = schedule({
      weeklyHours: practice.weeklyHours,
      rules: { ...practice.rules, bufferMinutes: 5 },
      absences: [interval(at(MONDAY, "11:00"), 60)],
      busy: [interval(at(MONDAY, "10:00"), 20)],
    });
    const on = (time: string) =>
      findPracticeTimeAt(busy, { startsAt: at(MONDAY, time), durationMinutes: 20, now: EARLY });
    expect(on("10:50")).toEqual({ ok: false, reason: "ABSENT" });
    expect(on("09:40")).toEqual({ ok: false, reason: "TAKEN" });
    expect(on("10:21")).toEqual({ ok: false, reason: "TAKEN" });
    expect(on("10:25").ok).toBe(true);
    expect(on("09:35").ok).toBe(true);
  });

  it("refuses a span the clocks jump through (spring forward)", () => {
    const night = schedule({ weeklyHours: everyDay("00:00", "06:00") });
    const result = findPracticeTimeAt(night, {
      startsAt: at("2026-03-29", "01:50"),
      durationMinutes: 20,
      now: EARLY,
    });
    expect(result).toEqual({ ok: false, reason: "OUTSIDE_HOURS" });
  });
});

describe("listPracticeTimes", () => {
  it("lists free starts five minutes apart, skipping taken time", () => {
    const busy = schedule({
      weeklyHours: everyDay("09:00", "10:00"),
      busy: [interval(at(MONDAY, "09:20"), 20)],
    });
    const times = localStarts(
      listPracticeTimes(busy, { day: localDayOfIsoDate(MONDAY), durationMinutes: 15, now: EARLY }),
    ).map((start) => start.slice(11));
    expect(times).toEqual(["09:00", "09:05", "09:40", "09:45"]);
  });

  it("answers nothing on a closed day or before now", () => {
    const closed = schedule();
    expect(
      listPracticeTimes(closed, {
        day: localDayOfIsoDate(MONDAY),
        durationMinutes: 15,
        now: EARLY,
      }),
    ).toEqual([]);
    const late = listPracticeTimes(practice, {
      day: localDayOfIsoDate(MONDAY),
      durationMinutes: 15,
      now: at(MONDAY, "11:50"),
    });
    expect(late).toEqual([]);
  });
});

describe("nextPracticeTimes", () => {
  it("finds the next free starts from a time on, across days", () => {
    const next = nextPracticeTimes(practice, {
      after: at(MONDAY, "11:30"),
      durationMinutes: 20,
      now: EARLY,
      count: 3,
      withinDays: 3,
    });
    expect(localStarts(next)).toEqual([`${MONDAY} 11:30`, `${MONDAY} 11:35`, `${MONDAY} 11:40`]);
    const tomorrow = nextPracticeTimes(practice, {
      after: at(MONDAY, "11:41"),
      durationMinutes: 20,
      now: EARLY,
      count: 1,
      withinDays: 3,
    });
    expect(localStarts(tomorrow)).toEqual(["2026-01-13 09:00"]);
  });
});
