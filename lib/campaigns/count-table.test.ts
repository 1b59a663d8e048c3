import { describe, expect, it } from "vitest";
import { countTable, rowsByCampaign } from "./count-table";
import { zeroCounts } from "./funnel";

const row = (campaignId: string, day: string, step: "LANDING" | "SEARCH", count: number) => ({
  campaignId,
  day: new Date(day),
  step,
  count,
});

describe("countTable", () => {
  it("lays the counters out day by day, with 0 where nothing was counted", () => {
    const table = countTable({ from: "2026-11-01", to: "2026-11-03" }, [
      row("a", "2026-11-01", "LANDING", 12),
      row("a", "2026-11-03", "SEARCH", 4),
      row("a", "2026-10-31", "LANDING", 99),
    ]);
    expect(table).toEqual([
      { day: "2026-11-01", counts: { ...zeroCounts(), LANDING: 12 } },
      { day: "2026-11-02", counts: zeroCounts() },
      { day: "2026-11-03", counts: { ...zeroCounts(), SEARCH: 4 } },
    ]);
  });

  it("groups counters by campaign", () => {
    const grouped = rowsByCampaign([
      row("a", "2026-11-01", "LANDING", 1),
      row("b", "2026-11-01", "LANDING", 2),
      row("a", "2026-11-02", "LANDING", 3),
    ]);
    expect(grouped.get("a")?.map(({ count }) => count)).toEqual([1, 3]);
    expect(grouped.get("b")?.map(({ count }) => count)).toEqual([2]);
  });
});
