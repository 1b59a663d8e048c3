import "server-only";
import { AppError } from "@/lib/errors";
import { takeAllowance } from "@/lib/rate-limit/limiter";
import type { RateRule } from "@/lib/rate-limit/rules";

/**
 * Counts the request against each (rule, subject) pair and refuses it (429) when any budget
 * is spent. Every pair is counted, so an attacker cannot spread over rules to stay under.
 */
export async function enforceRateLimits(checks: [RateRule, string][]): Promise<void> {
  const allowances = await Promise.all(
    checks.map(([rule, subject]) => takeAllowance(rule, subject)),
  );
  if (allowances.some((allowance) => !allowance.allowed)) throw new AppError("RATE_LIMITED");
}
