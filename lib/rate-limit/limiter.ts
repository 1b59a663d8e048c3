import "server-only";
import { createHmac } from "node:crypto";
import { getEnv } from "@/lib/env";
import { getRateLimitStore } from "./get-store";
import type { RateRule } from "./rules";
import type { RateLimitStore, RateWindow } from "./store";

/**
 * The stored key for a rule and a subject (an email or a client address): an HMAC, so the
 * store never holds an email or an IP address, and keys cannot be recomputed without the
 * server's secret.
 */
export function rateKey(rule: Pick<RateRule, "scope">, subject: string): string {
  const secret = getEnv().AUTH_SECRET ?? "praxis-rate-limit";
  return createHmac("sha256", secret).update(`${rule.scope}\0${subject}`).digest("base64url");
}

export type Allowance = { allowed: boolean; retryAfterSeconds: number };

function allowanceOf(rule: RateRule, window: RateWindow | null): Allowance {
  const allowed = window === null || window.count <= rule.limit;
  const retryAfterMs = window ? window.resetAt.getTime() - Date.now() : 0;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/** Counts one request against the rule; refused once the window holds more than the limit. */
export async function takeAllowance(
  rule: RateRule,
  subject: string,
  store?: RateLimitStore,
): Promise<Allowance> {
  const target = store ?? (await getRateLimitStore());
  return allowanceOf(rule, await target.hit(rateKey(rule, subject), rule.windowMs));
}

/** Whether the rule's budget is spent, without counting this request. */
export async function checkAllowance(
  rule: RateRule,
  subject: string,
  store?: RateLimitStore,
): Promise<Allowance> {
  const target = store ?? (await getRateLimitStore());
  const window = await target.peek(rateKey(rule, subject));
  return allowanceOf(rule, window && { ...window, count: window.count + 1 });
}
