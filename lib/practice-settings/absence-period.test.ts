import { describe, expect, it } from "vitest";
import { absencePeriodOf } from "./absence-period";

const PARIS = "Europe/Paris";

describe("absencePeriodOf", () => {
  it("runs whole days from the first midnight to the midnight after the last day", () => {
    expect(
      absencePeriodOf({ kind: "days", firstDay: "2030-07-14", lastDay: "2030-07-15" }, PARIS),
    ).toEqual({
      startsAt: new Date("2030-07-13T22:00:00Z"),
      endsAt: new Date("2030-07-15T22:00:00Z"),
    });
  });

  it("gives a day with a DST change its 23 hours", () => {
    const period = absencePeriodOf(
      { kind: "days", firstDay: "2030-03-31", lastDay: "2030-03-31" },
      PARIS,
    );
    expect("startsAt" in period && period.endsAt.getTime() - period.startsAt.getTime()).toBe(
      23 * 3600_000,
    );
  });

  it("reads hours as the practitioner's wall clock", () => {
    expect(
      absencePeriodOf({ kind: "hours", day: "2030-01-07", start: 720, end: 840 }, PARIS),
    ).toEqual({
      startsAt: new Date("2030-01-07T11:00:00Z"),
      endsAt: new Date("2030-01-07T13:00:00Z"),
    });
  });

  it("refuses an end before the start and a time the clocks skip", () => {
    expect(
      absencePeriodOf({ kind: "days", firstDay: "2030-07-15", lastDay: "2030-07-14" }, PARIS),
    ).toEqual({
      field: "lastDay",
      problem: "endBeforeStart",
    });
    expect(
      absencePeriodOf({ kind: "hours", day: "2030-01-07", start: 840, end: 720 }, PARIS),
    ).toEqual({
      field: "end",
      problem: "endBeforeStart",
    });
    expect(
      absencePeriodOf({ kind: "hours", day: "2030-03-31", start: 150, end: 240 }, PARIS),
    ).toEqual({
      field: "start",
      problem: "skippedTime",
    });
  });
});
