// When a failed mail is tried again: exponential backoff (30 s, 1 min, 2 min … capped at
// an hour), and after 8 attempts (about two hours) it is marked FAILED for a human to see.
export type RetryPolicy = { baseDelayMs: number; maxDelayMs: number; maxAttempts: number };

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  maxAttempts: 8,
};

/** The delay before the attempt following failed attempt number `attempt` (1-based). */
export function retryDelayMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/**
 * Whether a failure is worth another attempt. An SMTP 5xx reply is permanent (unknown
 * mailbox, refused content): retrying would only repeat it. Everything else (4xx replies,
 * timeouts, refused connections) may pass later.
 */
export function isRetryable(failure: { responseCode?: number }): boolean {
  return !(
    failure.responseCode !== undefined &&
    failure.responseCode >= 500 &&
    failure.responseCode < 600
  );
}

/**
 * What is kept of a failure: its kind, never its message (SMTP replies often quote the
 * recipient's address).
 */
export function describeFailure(error: unknown): { summary: string; responseCode?: number } {
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  const responseCode = typeof record.responseCode === "number" ? record.responseCode : undefined;
  const code =
    typeof record.code === "string" && /^[A-Z_]{2,40}$/.test(record.code) ? record.code : undefined;
  const parts = [code, responseCode !== undefined ? `smtp ${responseCode}` : undefined].filter(
    Boolean,
  );
  return { summary: parts.length > 0 ? parts.join(" ") : "unknown error", responseCode };
}
