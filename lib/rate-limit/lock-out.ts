import "server-only";
import { rateKey } from "./limiter";
import { lockDurationMs } from "./lockout-policy";
import { RATE_RULES, SIGN_IN_LOCK } from "./rules";
import type { RateLimitStore } from "./store";

// Sign-in lock-outs, keyed by the email typed (known or not, so they reveal nothing).

/** Seconds until the account may try again, or 0 when it is not locked. */
export async function lockedForSeconds(store: RateLimitStore, email: string): Promise<number> {
  const lock = await store.peek(rateKey(SIGN_IN_LOCK, email));
  return lock ? Math.max(1, Math.ceil((lock.resetAt.getTime() - Date.now()) / 1000)) : 0;
}

/** Counts a failed sign-in for the email and the address; locks the email when due. */
export async function recordSignInFailure(
  store: RateLimitStore,
  email: string,
  address: string,
): Promise<void> {
  const perAccount = RATE_RULES.signInFailuresPerAccount;
  const perAddress = RATE_RULES.signInFailuresPerAddress;
  const [failures] = await Promise.all([
    store.hit(rateKey(perAccount, email), perAccount.windowMs),
    store.hit(rateKey(perAddress, address), perAddress.windowMs),
  ]);
  const lockMs = lockDurationMs(failures.count);
  if (lockMs > 0) await store.holdOpen(rateKey(SIGN_IN_LOCK, email), lockMs);
}

/** A successful proof of identity (sign-in, password reset) starts the count afresh. */
export async function clearSignInFailures(store: RateLimitStore, email: string): Promise<void> {
  await Promise.all([
    store.clear(rateKey(RATE_RULES.signInFailuresPerAccount, email)),
    store.clear(rateKey(SIGN_IN_LOCK, email)),
  ]);
}
