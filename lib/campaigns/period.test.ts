import { describe, expect, it } from "vitest";
import { localDayOfIsoDate } from "@/lib/utils/zoned-time";
import {
  daysOf,
  periodLength,
  periodProblem,
  presetPeriod,
  previousPeriod,
  relativeChange,
  withinRun,
} from "./period";

const TODAY = localDayOfIsoDate("2026-12-07");

describe("periods", () => {
  it("counts both ends", () => {
    expect(periodLength({ from: "2026-12-01", to: "2026-12-07" })).toBe(7);
    expect(periodLength({ from: "2026-12-07", to: "2026-12-07" })).toBe(1);
  });

  it("ends a preset yesterday, the last complete day", () => {
    expect(presetPeriod(7, TODAY)).toEqual({ from: "2026-11-30", to: "2026-12-06" });
    expect(presetPeriod(30, TODAY)).toEqual({ from: "2026-11-07", to: "2026-12-06" });
  });

  it("compares with the period of the same length just before, across months and years", () => {
    expect(previousPeriod({ from: "2026-12-01", to: "2026-12-07" })).toEqual({
      from: "2026-11-24",
      to: "2026-11-30",
    });
    expect(previousPeriod({ from: "2027-01-01", to: "2027-01-31" })).toEqual({
      from: "2026-12-01",
      to: "2026-12-31",
    });
    expect(previousPeriod({ from: "2028-03-01", to: "2028-03-01" })).toEqual({
      from: "2028-02-29",
      to: "2028-02-29",
    });
  });

  it("lists every day of a period", () => {
    expect(daysOf({ from: "2026-02-27", to: "2026-03-02" })).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });

  it("refuses a reversed or too long period", () => {
    expect(periodProblem({ from: "2026-12-08", to: "2026-12-07" })).toBe("reversed");
    expect(periodProblem({ from: "2016-12-07", to: "2026-12-07" })).toBe("tooLong");
    expect(periodProblem({ from: "2025-11-03", to: "2026-12-07" })).toBe(null);
    expect(periodProblem({ from: "2025-11-02", to: "2026-12-07" })).toBe("tooLong");
  });

  it("gives a change only between published numbers", () => {
    expect(relativeChange(120, 100)).toBeCloseTo(0.2);
    expect(relativeChange(null, 100)).toBeNull();
    expect(relativeChange(120, null)).toBeNull();
    expect(relativeChange(120, 0)).toBeNull();
  });

  it("keeps the days of a period within the campaign's run", () => {
    const period = { from: "2026-11-08", to: "2026-12-07" };
    expect(withinRun(period, { startsOn: "2026-11-20", endsOn: "2027-01-31" })).toEqual({
      from: "2026-11-20",
      to: "2026-12-07",
    });
    expect(withinRun(period, { startsOn: "2026-10-01", endsOn: "2026-11-10" })).toEqual({
      from: "2026-11-08",
      to: "2026-11-10",
    });
    expect(withinRun(period, { startsOn: null, endsOn: null })).toEqual(period);
    expect(withinRun(period, { startsOn: "2026-12-14", endsOn: "2027-02-28" })).toBeNull();
  });
});
