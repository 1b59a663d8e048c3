import { describe, expect, it } from "vitest";
import { computeSlots } from "./compute-slots";
import { firstDaysWithSlots, groupSlotsByLocalDay } from "./group-slots";
import { at, everyDay, PARIS, schedule } from "./schedule-fixtures";

const weekdaysOnly = everyDay("09:00", "10:00").filter((window) => window.weekday <= 5);
const slots = computeSlots(schedule({ weeklyHours: weekdaysOnly }), {
  durationMinutes: 20,
  now: new Date("2020-01-01T00:00:00Z"),
  from: at("2026-01-09", "00:00"),
  to: at("2026-01-14", "00:00"),
});

describe("groupSlotsByLocalDay", () => {
  it("groups by the practitioner's calendar day and skips days without slots", () => {
    const days = groupSlotsByLocalDay(slots, PARIS);
    expect(days.map((day) => [day.date, day.slots.length])).toEqual([
      ["2026-01-09", 3],
      ["2026-01-12", 3],
      ["2026-01-13", 3],
    ]);
  });

  it("uses local dates: 00:30 in Paris is still the previous day in UTC", () => {
    const lateNight = computeSlots(schedule({ weeklyHours: everyDay("00:00", "01:00") }), {
      durationMinutes: 30,
      now: new Date("2020-01-01T00:00:00Z"),
      from: at("2026-01-12", "00:00"),
      to: at("2026-01-13", "00:00"),
    });
    expect(lateNight[1].startsAt.toISOString()).toBe("2026-01-11T23:30:00.000Z");
    expect(groupSlotsByLocalDay(lateNight, PARIS).map((day) => day.date)).toEqual(["2026-01-12"]);
  });
});

describe("firstDaysWithSlots", () => {
  it("keeps the first days that have slots and their first slots", () => {
    const days = firstDaysWithSlots(slots, PARIS, { maxDays: 2, slotsPerDay: 2 });
    expect(
      days.map((day) => [day.date, day.slots.map((slot) => slot.startsAt.toISOString())]),
    ).toEqual([
      ["2026-01-09", ["2026-01-09T08:00:00.000Z", "2026-01-09T08:20:00.000Z"]],
      ["2026-01-12", ["2026-01-12T08:00:00.000Z", "2026-01-12T08:20:00.000Z"]],
    ]);
  });
});
