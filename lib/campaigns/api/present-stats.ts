import { FUNNEL_STEPS, type FunnelStep } from "../funnel";
import type { Period } from "../period";
import { numberOrNull, type PublishedSteps, type PublishedTable } from "../suppression";

// The stats API's body: the published table, withheld numbers as null. Pure.

type StepNumbers = Record<FunnelStep, number | null>;

export type StatsBody = {
  threshold: number;
  from: string;
  to: string;
  days: { day: string; steps: StepNumbers }[];
  totals: StepNumbers;
};

export function statsBody(table: PublishedTable, period: Period): StatsBody {
  return {
    threshold: table.threshold,
    ...period,
    days: table.days.map(({ day, steps }) => ({ day, steps: numbers(steps) })),
    totals: numbers(table.totals),
  };
}

function numbers(steps: PublishedSteps): StepNumbers {
  return Object.fromEntries(
    FUNNEL_STEPS.map((step) => [step, numberOrNull(steps[step])]),
  ) as StepNumbers;
}
