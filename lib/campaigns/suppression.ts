import { FUNNEL_STEPS, type FunnelStep, type StepCounts } from "./funnel";

// Small-number suppression of a campaign's day × step table (docs/decisions/
// 0012-small-number-suppression.md). Pure and client-safe: every page, CSV and API answer
// is built from what publishTable returns, never from the raw counts.

/**
 * What may be shown of one number: the number itself, "below" (a cell under the threshold,
 * shown "< k"), or "masked" (a total withheld so that no hidden cell can be worked out).
 */
export type Published = number | "below" | "masked";

export type PublishedSteps = Record<FunnelStep, Published>;

export type PublishedTable = {
  threshold: number;
  days: { day: string; steps: PublishedSteps }[];
  totals: PublishedSteps;
  /** False when nothing at all can be shown: "not enough data yet". */
  hasPublishedData: boolean;
};

export type CountTable = { day: string; counts: StepCounts }[];

export function publishTable(table: CountTable, threshold: number): PublishedTable {
  const days = table.map(({ day, counts }) => ({
    day,
    steps: mapSteps((step) => publishCell(counts[step], threshold)),
  }));
  const totals = mapSteps((step) =>
    publishTotal(
      table.map(({ counts }) => counts[step]),
      threshold,
    ),
  );
  const hasPublishedData = [totals, ...days.map(({ steps }) => steps)].some((steps) =>
    FUNNEL_STEPS.some((step) => isShown(steps[step])),
  );
  return { threshold, days, totals, hasPublishedData };
}

// With k = 1 (a test setting), a cell under k could only be 0, which everyone can tell: there
// is nothing to hide, and "< 1" would only be noise.
export function publishCell(count: number, threshold: number): Published {
  return count >= threshold || threshold <= 1 ? count : "below";
}

/**
 * A column total. Known the total and the shown cells, a reader knows the sum S of the n
 * hidden cells, each between 0 and k − 1. One hidden cell would be S itself; with several,
 * S = 0 or S = n(k − 1) pins every one of them. So the total is shown when no cell is
 * hidden, or when n ≥ 2 and k ≤ S < n(k − 1): then each hidden cell can still be anything
 * from max(0, S − (n − 1)(k − 1)) to k − 1. The choice depends on S, so a withheld total
 * tells that S < k or S = n(k − 1); that pins nothing either, as S < k allows every cell
 * from 0 to S. A withheld total is always "masked", never "below", for the same reason.
 */
export function publishTotal(column: readonly number[], threshold: number): Published {
  const hidden = column.filter((count) => publishCell(count, threshold) === "below");
  const total = column.reduce((sum, count) => sum + count, 0);
  // No hidden cell: the total says nothing more than the cells (an empty column is 0).
  if (hidden.length === 0) return total;
  if (hidden.length === 1) return "masked";
  const hiddenSum = hidden.reduce((sum, count) => sum + count, 0);
  const pinned = hiddenSum < threshold || hiddenSum >= hidden.length * (threshold - 1);
  return pinned ? "masked" : total;
}

/**
 * A total over several tables (e.g. every campaign's): shown only when each part is, since
 * a sum with one withheld part would give that part away by subtraction.
 */
export function publishSum(parts: readonly Published[]): Published {
  let sum = 0;
  for (const part of parts) {
    if (typeof part !== "number") return "masked";
    sum += part;
  }
  return sum;
}

/** part / whole, only between shown numbers (null otherwise, or when whole is 0). */
export function publishedRatio(part: Published, whole: Published): number | null {
  if (typeof part !== "number" || typeof whole !== "number" || whole === 0) return null;
  return part / whole;
}

export function isShown(value: Published): value is number {
  return typeof value === "number";
}

/** The API's and the CSV's reading: the number, or null when it is not published. */
export function numberOrNull(value: Published): number | null {
  return isShown(value) ? value : null;
}

function mapSteps(publish: (step: FunnelStep) => Published): PublishedSteps {
  return Object.fromEntries(FUNNEL_STEPS.map((step) => [step, publish(step)])) as PublishedSteps;
}
