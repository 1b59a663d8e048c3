// The funnel's steps in order, as the counters name them. Pure and client-safe.

export const FUNNEL_STEPS = [
  "LANDING",
  "SEARCH",
  "PROFILE_VIEW",
  "BOOKING_STARTED",
  "BOOKING_COMPLETED",
] as const;

export type Step = (typeof FUNNEL_STEPS)[number];

export type StepCounts = Record<Step, number>;

export function zeroCounts(): StepCounts {
  return { LANDING: 0, SEARCH: 0, PROFILE_VIEW: 0, BOOKING_STARTED: 0, BOOKING_COMPLETED: 0 };
}

/** Each step but the first, with the step before it: the pairs a step-to-step ratio joins. */
export const STEP_PAIRS = FUNNEL_STEPS.slice(1).map(
  (step, index) => [FUNNEL_STEPS[index]!, step] as const,
);
