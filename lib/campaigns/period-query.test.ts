import { describe, expect, it } from "vitest";
import { localDayOfIsoDate } from "@/lib/utils/zoned-time";
import { periodQueryString, readPeriodQuery } from "./period-query";

const TODAY = localDayOfIsoDate("2026-12-07");

describe("readPeriodQuery", () => {
  it("shows the last 30 days by default, and for anything unexpected", () => {
    for (const params of [{}, { periode: "365" }, { periode: ["7", "30"] }]) {
      expect(readPeriodQuery(params, TODAY)).toMatchObject({
        choice: 30,
        period: { from: "2026-11-07", to: "2026-12-06" },
        problem: null,
      });
    }
  });

  it("reads a preset", () => {
    expect(readPeriodQuery({ periode: "7" }, TODAY).period).toEqual({
      from: "2026-11-30",
      to: "2026-12-06",
    });
  });

  it("reads a custom period", () => {
    const selection = readPeriodQuery(
      { periode: "perso", du: "2026-03-01", au: "2026-03-31" },
      TODAY,
    );
    expect(selection).toMatchObject({ choice: "perso", problem: null });
    expect(selection.period).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(periodQueryString(selection)).toBe("periode=perso&du=2026-03-01&au=2026-03-31");
  });

  it("says why a custom period cannot be shown, and keeps what was typed", () => {
    const cases = [
      [{ du: "2026-03-31", au: "2026-03-01" }, "reversed"],
      [{ du: "2016-01-01", au: "2026-01-01" }, "tooLong"],
      [{ du: "2026-02-30", au: "2026-03-01" }, "missing"],
      [{ du: "", au: "2026-03-01" }, "missing"],
    ] as const;
    for (const [dates, problem] of cases) {
      const selection = readPeriodQuery({ periode: "perso", ...dates }, TODAY);
      expect(selection).toMatchObject({ problem, from: dates.du, to: dates.au });
      expect(selection.period).toEqual({ from: "2026-11-07", to: "2026-12-06" });
    }
  });
});
