// How long a session lives (OWASP ASVS 3.3): it ends after an hour without activity, and
// after 12 hours whatever the activity, so a forgotten shared computer does not stay open.
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Activity moves the idle deadline at most this often, so reads do not write on every request.
const RENEWAL_STEP_MS = 5 * 60 * 1000;

/** When a session opened at `createdAt` and active at `now` expires. */
export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(
    Math.min(now.getTime() + IDLE_TIMEOUT_MS, createdAt.getTime() + ABSOLUTE_TIMEOUT_MS),
  );
}

/** Whether activity at `now` should push the stored expiry forward. */
export function needsRenewal(session: { createdAt: Date; expires: Date }, now: Date): boolean {
  const renewed = sessionExpiry(session.createdAt, now).getTime();
  return renewed - session.expires.getTime() >= RENEWAL_STEP_MS;
}
