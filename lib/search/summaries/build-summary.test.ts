import { describe, expect, it } from "vitest";
import type { DaySlots } from "@/lib/availability/group-slots";
import { buildSummary, SPARSE_SUMMARY_TTL_MS, upcomingDays } from "./build-summary";

const now = new Date("2030-01-07T06:00:00Z");
const slot = (iso: string) => ({
  startsAt: new Date(iso),
  endsAt: new Date(new Date(iso).getTime() + 30 * 60_000),
  locationId: "loc",
});
const day = (date: string, times: string[]): DaySlots => ({
  date,
  slots: times.map((time) => slot(`${date}T${time}:00Z`)),
});

const threeDays = [
  day("2030-01-07", ["08:00", "08:30", "09:00", "09:30", "10:00", "15:00"]),
  day("2030-01-08", ["08:00", "08:30", "09:00", "09:30", "10:00"]),
  day("2030-01-09", ["14:00"]),
];

describe("buildSummary", () => {
  it("keeps every start of the first day and the first four of the others", () => {
    const summary = buildSummary(threeDays, 120, now);
    expect(summary.firstDayStarts).toHaveLength(6);
    expect(summary.days.map((entry) => entry.starts.length)).toEqual([4, 4, 1]);
  });

  it("expires when the first day's last start passes the notice", () => {
    expect(buildSummary(threeDays, 120, now).validUntil).toEqual(new Date("2030-01-07T13:00:00Z"));
  });

  it("is rechecked hourly when fewer days than shown were found", () => {
    const sparse = buildSummary(threeDays.slice(0, 1), 0, now);
    expect(sparse.validUntil).toEqual(new Date(now.getTime() + SPARSE_SUMMARY_TTL_MS));
    expect(buildSummary([], 0, now)).toEqual({
      firstDayStarts: [],
      days: [],
      validUntil: new Date(now.getTime() + SPARSE_SUMMARY_TTL_MS),
    });
  });
});

describe("upcomingDays", () => {
  const summary = buildSummary(threeDays, 120, now);

  it("shows the first day's next starts still ahead of the notice", () => {
    const later = new Date("2030-01-07T07:45:00Z");
    const [first, second] = upcomingDays(summary, 120, later);
    expect(first.starts).toEqual(["2030-01-07T10:00:00.000Z", "2030-01-07T15:00:00.000Z"]);
    expect(second.date).toBe("2030-01-08");
  });

  it("drops the first day once all its starts have passed", () => {
    const evening = new Date("2030-01-07T14:00:00Z");
    expect(upcomingDays(summary, 0, evening).map((entry) => entry.date)).toEqual([
      "2030-01-07",
      "2030-01-08",
      "2030-01-09",
    ]);
    expect(upcomingDays(summary, 120, evening).map((entry) => entry.date)).toEqual([
      "2030-01-08",
      "2030-01-09",
    ]);
  });
});
