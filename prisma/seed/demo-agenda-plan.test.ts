import { describe, expect, it } from "vitest";
import { planDemoWeek, type DemoAppointment } from "./demo-agenda-plan";
import { createRandom } from "./prng";
import { createZonedClock } from "./zoned-time";
import { localDayAt, localDayOfIsoDate } from "../../lib/utils/zoned-time";

const ZONE = "Europe/Paris";
const MOTIVES = [
  { id: "renewal", durationMinutes: 15, teleconsultation: false },
  { id: "first-visit", durationMinutes: 30, teleconsultation: false },
];
// Monday to Saturday, 8:30–12:30 and 14:00–19:00; closed on Sunday.
const WINDOWS = [1, 2, 3, 4, 5, 6].flatMap((weekday) => [
  { weekday, startMinute: 8 * 60 + 30, endMinute: 12 * 60 + 30, locationId: "practice" },
  { weekday, startMinute: 14 * 60, endMinute: 19 * 60, locationId: "practice" },
]);

function planAt(nowIso: string): { week: DemoAppointment[]; nowMs: number } {
  const nowMs = Date.parse(nowIso);
  const week = planDemoWeek(createRandom(7), {
    today: localDayAt(nowMs, ZONE),
    nowMs,
    clock: createZonedClock(ZONE),
    windows: WINDOWS,
    motives: MOTIVES,
    busy: [],
  });
  return { week, nowMs };
}

const dayOf = (appointment: DemoAppointment) => localDayAt(appointment.startsAt, ZONE);

describe("the demo practitioner's week", () => {
  it("leaves the last visits of each past day unmarked, so a Sunday still has some to mark", () => {
    const { week, nowMs } = planAt("2026-12-13T20:00:00+01:00"); // a Sunday evening
    const monday = localDayOfIsoDate("2026-12-07");
    for (let day = monday; day < monday + 6; day++) {
      const past = week
        .filter((appointment) => dayOf(appointment) === day && appointment.endsAt < nowMs)
        .sort((a, b) => a.startsAt - b.startsAt);
      expect(past.length).toBeGreaterThan(10);
      expect(past.slice(-3).map((appointment) => appointment.status)).toEqual([
        "BOOKED",
        "BOOKED",
        "BOOKED",
      ]);
      for (const earlier of past.slice(0, -3)) {
        expect(["COMPLETED", "NO_SHOW"]).toContain(earlier.status);
      }
    }
  });

  it("marks nothing ahead: later visits are booked, the last hour's are in the waiting room", () => {
    // Mornings and an afternoon, so that some hour before "now" has visits whatever the draw.
    const nows = [
      "2026-12-09T10:30:00+01:00",
      "2026-12-10T11:45:00+01:00",
      "2026-12-08T16:20:00+01:00",
    ];
    let arrived = 0;
    for (const { week, nowMs } of nows.map(planAt)) {
      for (const appointment of week) {
        if (appointment.startsAt > nowMs) expect(appointment.status).toBe("BOOKED");
        else if (appointment.startsAt > nowMs - 3_600_000) {
          expect(appointment.status).toBe("ARRIVED");
          arrived++;
        }
      }
    }
    expect(arrived).toBeGreaterThan(0);
  });

  it("keeps each open day busy, with room for an online first visit", () => {
    const { week } = planAt("2026-12-07T07:00:00+01:00"); // Monday, before opening
    const monday = localDayOfIsoDate("2026-12-07");
    for (let day = monday; day < monday + 6; day++) {
      const booked = week.filter((appointment) => dayOf(appointment) === day);
      if (day !== monday + 5) expect(booked.length).toBeGreaterThanOrEqual(20); // full days
      const hourStarts = Array.from({ length: 24 }, (_, hour) => hour * 60);
      const freeFirstVisit = hourStarts.some((minute) => {
        const window = WINDOWS.find(
          (each) =>
            each.weekday === day - monday + 1 &&
            each.startMinute <= minute &&
            minute + 30 <= each.endMinute,
        );
        if (!window) return false;
        const startsAt =
          Date.parse(`2026-12-${String(7 + day - monday).padStart(2, "0")}T00:00:00+01:00`) +
          minute * 60_000;
        return !booked.some(
          (appointment) =>
            appointment.startsAt < startsAt + 30 * 60_000 && startsAt < appointment.endsAt,
        );
      });
      expect(freeFirstVisit).toBe(true);
    }
  });
});
