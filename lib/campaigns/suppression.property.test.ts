import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUNNEL_STEPS, type StepCounts } from "./funnel";
import { publishTable, publishedRatio, type CountTable } from "./suppression";

// The property behind the suppression rule: whatever a reader does with a published table,
// no hidden cell can be worked out. Checked the strongest way: for each step, every other
// assignment of values below k to its hidden cells is tried, and those that publish exactly
// the same table are the ones a reader cannot tell apart. Each hidden cell must take at
// least two values among them, or the table would give it away.

const counts = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 40 }));
const stepCounts = fc.record(
  Object.fromEntries(FUNNEL_STEPS.map((step) => [step, counts])) as Record<
    keyof StepCounts,
    typeof counts
  >,
);
const tables = fc
  .array(stepCounts, { minLength: 1, maxLength: 4 })
  .map((rows) => rows.map((row, index) => ({ day: `2026-11-0${index + 1}`, counts: row })));
// Small tables and thresholds keep the enumeration (k^hidden cells per step) quick.
const thresholds = fc.integer({ min: 2, max: 7 });

function withColumn(table: CountTable, step: keyof StepCounts, values: number[]): CountTable {
  return table.map((row, index) => ({ ...row, counts: { ...row.counts, [step]: values[index] } }));
}

// Every column the reader could not tell apart from the real one.
function indistinguishableColumns(table: CountTable, step: keyof StepCounts, k: number) {
  const published = JSON.stringify(publishTable(table, k));
  const real = table.map((row) => row.counts[step]);
  const hiddenRows = real.flatMap((count, index) => (count < k ? [index] : []));
  const columns: number[][] = [];
  const total = k ** hiddenRows.length;
  for (let code = 0; code < total; code++) {
    const column = [...real];
    let rest = code;
    for (const index of hiddenRows) {
      column[index] = rest % k;
      rest = Math.floor(rest / k);
    }
    if (JSON.stringify(publishTable(withColumn(table, step, column), k)) === published) {
      columns.push(column);
    }
  }
  return { hiddenRows, columns };
}

describe("small-number suppression", () => {
  it("never lets a hidden cell be worked out from the published table", () => {
    fc.assert(
      fc.property(tables, thresholds, (table, k) => {
        for (const step of FUNNEL_STEPS) {
          const { hiddenRows, columns } = indistinguishableColumns(table, step, k);
          for (const index of hiddenRows) {
            const values = new Set(columns.map((column) => column[index]));
            expect(values.size, `${step} of ${table[index]!.day} with k = ${k}`).toBeGreaterThan(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("never publishes a total with exactly one hidden cell in its column", () => {
    fc.assert(
      fc.property(tables, thresholds, (table, k) => {
        const published = publishTable(table, k);
        for (const step of FUNNEL_STEPS) {
          const hidden = published.days.filter(({ steps }) => steps[step] === "below").length;
          if (hidden === 1) expect(published.totals[step]).toBe("masked");
        }
      }),
    );
  });

  it("shows every cell of at least k and no cell below it", () => {
    fc.assert(
      fc.property(tables, thresholds, (table, k) => {
        const published = publishTable(table, k);
        table.forEach(({ counts: row }, index) => {
          for (const step of FUNNEL_STEPS) {
            expect(published.days[index]!.steps[step]).toBe(row[step] >= k ? row[step] : "below");
          }
        });
      }),
    );
  });

  it("computes ratios from published totals only", () => {
    fc.assert(
      fc.property(tables, thresholds, (table, k) => {
        const { totals } = publishTable(table, k);
        const ratio = publishedRatio(totals.SEARCH, totals.LANDING);
        if (typeof totals.SEARCH !== "number" || typeof totals.LANDING !== "number") {
          expect(ratio).toBeNull();
        }
      }),
    );
  });
});
