import "server-only";
import { getRateLimitStore } from "@/lib/rate-limit/get-store";
import { checkAllowance } from "@/lib/rate-limit/limiter";
import {
  clearSignInFailures,
  lockedForSeconds,
  recordSignInFailure,
} from "@/lib/rate-limit/lock-out";
import { RATE_RULES } from "@/lib/rate-limit/rules";
import { verifyPassword } from "./password";
import { findAccountByEmail } from "./queries";
import { signInSchema } from "./schemas";

export type SignInRefusal = "invalid" | "locked" | "unverified";

export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: SignInRefusal };

/**
 * Checks an email and password (called by Auth.js's credentials provider). Unknown email,
 * wrong password and deleted account give the same answer in about the same time: the
 * password is always verified against a hash, a dummy one when there is no account.
 * An unverified account is refused once its password is proven (the answer then tells
 * nothing to someone who does not know the password).
 */
export async function authenticateCredentials(
  credentials: unknown,
  address: string,
): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const store = await getRateLimitStore();
  const perAddress = await checkAllowance(RATE_RULES.signInFailuresPerAddress, address, store);
  if (!perAddress.allowed || (await lockedForSeconds(store, email)) > 0) {
    return { ok: false, reason: "locked" };
  }

  const account = await findAccountByEmail(email);
  const valid = await verifyPassword(account?.passwordHash ?? null, password);
  if (!account || !valid) {
    await recordSignInFailure(store, email, address);
    return { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(store, email);
  if (account.emailVerified === null) return { ok: false, reason: "unverified" };
  return { ok: true, userId: account.id };
}
