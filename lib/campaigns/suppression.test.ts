import { describe, expect, it } from "vitest";
import { zeroCounts, type StepCounts } from "./funnel";
import { publishSum, publishTable, publishTotal, publishedRatio } from "./suppression";

const K = 10;

function row(day: string, counts: Partial<StepCounts>) {
  return { day, counts: { ...zeroCounts(), ...counts } };
}

describe("publishTotal", () => {
  it("shows the total of a column with no hidden cell", () => {
    expect(publishTotal([12, 40, 10], K)).toBe(62);
  });

  it("masks the total of a column with exactly one hidden cell", () => {
    expect(publishTotal([12, 3, 40], K)).toBe("masked");
  });

  it("shows the total when several hidden cells keep their values open", () => {
    // Hidden 3 + 8 = 11: each could be anything from 2 to 9.
    expect(publishTotal([12, 3, 8, 40], K)).toBe(63);
  });

  it("masks the total when the hidden cells sum to less than k", () => {
    expect(publishTotal([12, 0, 0, 40], K)).toBe("masked");
    expect(publishTotal([12, 4, 5], K)).toBe("masked");
  });

  it("masks the total when every hidden cell must be k − 1", () => {
    expect(publishTotal([12, 9, 9, 9], K)).toBe("masked");
  });

  it("shows a total made only of hidden cells when they keep their values open", () => {
    expect(publishTotal([3, 4, 5, 6], K)).toBe(18);
  });

  it("masks a small total rather than call it below k, which would say more", () => {
    expect(publishTotal([1, 2, 1], K)).toBe("masked");
  });

  it("hides nothing with k = 1, where a hidden cell could only be 0", () => {
    expect(publishTotal([0, 1, 0], 1)).toBe(1);
  });
});

describe("publishTable", () => {
  it("shows cells of at least k, hides the others as below k", () => {
    const table = publishTable(
      [row("2026-11-01", { LANDING: 25, SEARCH: 9 }), row("2026-11-02", { LANDING: 10 })],
      K,
    );
    expect(table.days[0]!.steps).toMatchObject({ LANDING: 25, SEARCH: "below" });
    expect(table.days[1]!.steps.LANDING).toBe(10);
    expect(table.totals.LANDING).toBe(35);
    expect(table.totals.SEARCH).toBe("masked");
    expect(table.hasPublishedData).toBe(true);
  });

  it("says there is nothing to show when every cell and total is hidden", () => {
    const table = publishTable([row("2026-11-01", { LANDING: 3 }), row("2026-11-02", {})], K);
    expect(table.hasPublishedData).toBe(false);
  });
});

describe("publishSum and publishedRatio", () => {
  it("adds shown parts and masks a sum with a withheld part", () => {
    expect(publishSum([10, 20])).toBe(30);
    expect(publishSum([10, "masked"])).toBe("masked");
    expect(publishSum([10, "below"])).toBe("masked");
  });

  it("gives a ratio only between shown numbers", () => {
    expect(publishedRatio(25, 100)).toBe(0.25);
    expect(publishedRatio("masked", 100)).toBeNull();
    expect(publishedRatio(25, "below")).toBeNull();
    expect(publishedRatio(0, 0)).toBeNull();
  });
});
