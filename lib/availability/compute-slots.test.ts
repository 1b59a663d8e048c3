import { describe, expect, it } from "vitest";
import { computeSlots, findSlotAt, isOfferedSlot } from "./compute-slots";
import { at, CABINET, everyDay, interval, localStarts, PARIS, schedule } from "./schedule-fixtures";
import type { PractitionerSchedule } from "./types";

const MONDAY = "2026-01-12";
const EARLY = new Date("2020-01-01T00:00:00Z");

function slotsOn(isoDate: string, practice: PractitionerSchedule, durationMinutes: number) {
  return computeSlots(practice, {
    durationMinutes,
    now: EARLY,
    from: at(isoDate, "00:00"),
    to: new Date(at(isoDate, "00:00").getTime() + 86_400_000 + 3_600_000),
  }).filter((slot) => localStarts([slot])[0].startsWith(isoDate));
}

const times = (slots: ReturnType<typeof slotsOn>) =>
  localStarts(slots).map((start) => start.slice(11));

describe("computeSlots grid", () => {
  const practice = schedule({ weeklyHours: everyDay("09:00", "10:00") });

  it("steps from the window's start by the motive's duration", () => {
    expect(times(slotsOn(MONDAY, practice, 20))).toEqual(["09:00", "09:20", "09:40"]);
    expect(times(slotsOn(MONDAY, practice, 25))).toEqual(["09:00", "09:25"]);
  });

  it("gives each slot the motive's duration and the window's location", () => {
    const [first] = slotsOn(MONDAY, practice, 20);
    expect(first).toEqual({ ...interval(at(MONDAY, "09:00"), 20), locationId: CABINET });
  });

  it("offers slots that start in [from, to)", () => {
    const slots = computeSlots(practice, {
      durationMinutes: 20,
      now: EARLY,
      from: at(MONDAY, "09:20"),
      to: at(MONDAY, "09:40"),
    });
    expect(times(slots)).toEqual(["09:20"]);
  });

  it("honours validity dates, both included", () => {
    const weeklyHours = everyDay("09:00", "10:00").map((window) => ({
      ...window,
      validFrom: new Date("2026-01-13"),
      validTo: new Date("2026-01-14"),
    }));
    const dated = schedule({ weeklyHours });
    expect(slotsOn("2026-01-12", dated, 60)).toEqual([]);
    expect(times(slotsOn("2026-01-13", dated, 60))).toEqual(["09:00"]);
    expect(times(slotsOn("2026-01-14", dated, 60))).toEqual(["09:00"]);
    expect(slotsOn("2026-01-15", dated, 60)).toEqual([]);
  });

  it("keeps each window's location", () => {
    const twoPlaces = schedule({
      weeklyHours: [...everyDay("14:00", "15:00", "annexe"), ...everyDay("09:00", "10:00")],
    });
    const slots = slotsOn(MONDAY, twoPlaces, 30);
    expect(slots.map((slot) => `${times([slot])[0]} ${slot.locationId}`)).toEqual([
      "09:00 cabinet",
      "09:30 cabinet",
      "14:00 annexe",
      "14:30 annexe",
    ]);
  });

  it("never offers overlapping slots when windows overlap", () => {
    const overlapping = schedule({
      weeklyHours: [...everyDay("09:00", "10:00"), ...everyDay("09:30", "11:00", "annexe")],
    });
    expect(times(slotsOn(MONDAY, overlapping, 40))).toEqual(["09:00", "10:10"]);
  });
});

describe("computeSlots filters", () => {
  const weeklyHours = everyDay("09:00", "11:00");

  it("keeps the buffer free on both sides of an appointment", () => {
    const busy = [interval(at(MONDAY, "09:20"), 20)];
    expect(times(slotsOn(MONDAY, schedule({ weeklyHours, busy }), 20))).toEqual([
      "09:00",
      "09:40",
      "10:00",
      "10:20",
      "10:40",
    ]);
    const buffered = schedule({
      weeklyHours,
      busy,
      rules: { ...schedule().rules, bufferMinutes: 10 },
    });
    expect(times(slotsOn(MONDAY, buffered, 20))).toEqual(["10:00", "10:20", "10:40"]);
  });

  it("skips absences", () => {
    const absences = [interval(at(MONDAY, "10:00"), 30)];
    expect(times(slotsOn(MONDAY, schedule({ weeklyHours, absences }), 20))).toEqual([
      "09:00",
      "09:20",
      "09:40",
      "10:40",
    ]);
  });

  it("respects the minimum notice and the booking horizon", () => {
    const rules = {
      timeZone: PARIS,
      bufferMinutes: 0,
      minNoticeMinutes: 30,
      bookingHorizonDays: 1,
    };
    const now = at(MONDAY, "08:50");
    const slots = computeSlots(schedule({ weeklyHours, rules }), {
      durationMinutes: 20,
      now,
      from: now,
      to: at("2026-01-20", "00:00"),
    });
    expect(localStarts(slots)[0]).toBe("2026-01-12 09:20");
    // Horizon: now + 1 day = 2026-01-13 08:50, so nothing on the 13th.
    expect(localStarts(slots).at(-1)).toBe("2026-01-12 10:40");
  });

  it("refuses a duration that cannot step through a window", () => {
    const request = { now: EARLY, from: at(MONDAY, "00:00"), to: at(MONDAY, "23:00") };
    const practice = schedule({ weeklyHours });
    expect(() => computeSlots(practice, { ...request, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => computeSlots(practice, { ...request, durationMinutes: 7.5 })).toThrow(RangeError);
  });

  it("answers nothing for an empty or inverted window", () => {
    const practice = schedule({ weeklyHours });
    const request = { durationMinutes: 20, now: EARLY, from: at(MONDAY, "10:00") };
    expect(computeSlots(practice, { ...request, to: at(MONDAY, "10:00") })).toEqual([]);
    expect(computeSlots(practice, { ...request, to: at(MONDAY, "09:00") })).toEqual([]);
  });
});

describe("computeSlots across daylight-saving changes", () => {
  const night = schedule({ weeklyHours: everyDay("01:00", "04:00") });

  it("spring forward (Paris, 2026-03-29): two real hours, no slot in or across the gap", () => {
    const slots = slotsOn("2026-03-29", night, 20);
    expect(times(slots)).toEqual(["01:00", "01:20", "01:40", "03:00", "03:20", "03:40"]);
    expect(slots[0].startsAt).toEqual(new Date("2026-03-29T00:00:00Z"));
    expect(slots.at(-1)!.endsAt).toEqual(new Date("2026-03-29T02:00:00Z"));
    // 01:50 + 25 min would run into the gap; 02:15 and 02:40 do not exist.
    expect(times(slotsOn("2026-03-29", night, 25))).toEqual(["01:00", "01:25", "03:05", "03:30"]);
  });

  it("fall back (Paris, 2026-10-25): every local time once, none lost or shifted", () => {
    const slots = slotsOn("2026-10-25", night, 20);
    expect(times(slots)).toEqual([
      "01:00",
      "01:20",
      "01:40",
      "02:00",
      "02:20",
      "02:40",
      "03:00",
      "03:20",
      "03:40",
    ]);
    expect(slots[3].startsAt).toEqual(new Date("2026-10-25T00:00:00Z"));
    expect(slots[6].startsAt).toEqual(new Date("2026-10-25T02:00:00Z"));
  });

  it("fall back with a duration that straddles the change: the slot takes the second 02:40", () => {
    const slots = slotsOn("2026-10-25", night, 25);
    expect(times(slots)).toEqual(["01:00", "01:25", "01:50", "02:15", "02:40", "03:05", "03:30"]);
    expect(slots[4].startsAt).toEqual(new Date("2026-10-25T01:40:00Z"));
    for (const [index, slot] of slots.entries()) {
      expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(25 * 60_000);
      if (index > 0)
        expect(slot.startsAt.getTime()).toBeGreaterThanOrEqual(slots[index - 1].endsAt.getTime());
    }
  });

  it("leaves the days around the change on their usual hours", () => {
    const day = schedule({ weeklyHours: everyDay("09:00", "10:00") });
    expect(slotsOn("2026-03-28", day, 60)[0].startsAt).toEqual(new Date("2026-03-28T08:00:00Z"));
    expect(slotsOn("2026-03-30", day, 60)[0].startsAt).toEqual(new Date("2026-03-30T07:00:00Z"));
  });

  it("America/New_York falls back on 2026-11-01 without repeating 01:00–01:59", () => {
    const newYork = schedule({
      weeklyHours: everyDay("00:00", "03:00"),
      rules: { ...schedule().rules, timeZone: "America/New_York" },
    });
    const slots = computeSlots(newYork, {
      durationMinutes: 30,
      now: EARLY,
      from: new Date("2026-11-01T04:00:00Z"),
      to: new Date("2026-11-01T12:00:00Z"),
    });
    expect(localStarts(slots, "America/New_York").map((start) => start.slice(11))).toEqual([
      "00:00",
      "00:30",
      "01:00",
      "01:30",
      "02:00",
      "02:30",
    ]);
  });
});

describe("findSlotAt", () => {
  const practice = schedule({
    weeklyHours: everyDay("09:00", "11:00"),
    rules: { timeZone: PARIS, bufferMinutes: 10, minNoticeMinutes: 60, bookingHorizonDays: 30 },
    absences: [interval(at(MONDAY, "10:00"), 30)],
    busy: [interval(at(MONDAY, "09:20"), 20)],
  });
  const now = at("2026-01-11", "12:00");
  const check = (startsAt: Date) => findSlotAt(practice, { durationMinutes: 20, now, startsAt });

  it("returns the offered slot", () => {
    expect(check(at(MONDAY, "10:40"))).toEqual({
      ok: true,
      slot: { ...interval(at(MONDAY, "10:40"), 20), locationId: CABINET },
    });
    expect(
      isOfferedSlot(practice, { durationMinutes: 20, now, startsAt: at(MONDAY, "10:40") }),
    ).toBe(true);
  });

  it("says why a start is refused", () => {
    expect(check(at("2026-01-11", "11:00"))).toEqual({ ok: false, reason: "IN_PAST" });
    expect(check(at("2026-01-11", "12:30"))).toEqual({ ok: false, reason: "TOO_SOON" });
    expect(check(at("2026-02-11", "09:00"))).toEqual({ ok: false, reason: "BEYOND_HORIZON" });
    expect(check(at(MONDAY, "08:00"))).toEqual({ ok: false, reason: "OUTSIDE_HOURS" });
    expect(check(at(MONDAY, "10:50"))).toEqual({ ok: false, reason: "MISALIGNED" });
    expect(check(new Date(at(MONDAY, "10:40").getTime() + 30_000))).toEqual({
      ok: false,
      reason: "MISALIGNED",
    });
    expect(check(at(MONDAY, "10:20"))).toEqual({ ok: false, reason: "ABSENT" });
    expect(check(at(MONDAY, "09:40"))).toEqual({ ok: false, reason: "TAKEN" });
  });

  it("refuses a slot that would run into the spring-forward gap", () => {
    const night = schedule({ weeklyHours: everyDay("01:00", "04:00") });
    const request = { durationMinutes: 25, now: EARLY };
    expect(findSlotAt(night, { ...request, startsAt: at("2026-03-29", "01:50") })).toEqual({
      ok: false,
      reason: "MISALIGNED",
    });
    expect(findSlotAt(night, { ...request, startsAt: at("2026-03-29", "03:05") }).ok).toBe(true);
  });

  it("accepts exactly the slots computeSlots offers", () => {
    const slots = computeSlots(practice, {
      durationMinutes: 20,
      now,
      from: now,
      to: at("2026-01-14", "00:00"),
    });
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(check(slot.startsAt)).toEqual({ ok: true, slot });
  });
});
