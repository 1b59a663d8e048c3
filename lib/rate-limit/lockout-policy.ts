// Growing but short lock-outs after failed sign-ins on one account (OWASP ASVS 2.2.1):
// four free mistakes, then 1, 2, 4, 8 minutes, and never more than 15. Guessing stays slow
// (a few tries per quarter hour) while an attacker who fails on purpose cannot keep the
// real owner out for long. The lock is keyed by the email typed, known or not, so it
// reveals nothing about which accounts exist.
const FREE_FAILURES = 4;
const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 15 * 60_000;

/** How long to lock after the `failures`-th consecutive failure (0: no lock). */
export function lockDurationMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  const doublings = Math.min(failures - FREE_FAILURES - 1, 10);
  return Math.min(FIRST_LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
}
