import "server-only";
import { AppError, fieldError } from "@/lib/errors";
import { getRateLimitStore } from "@/lib/rate-limit/get-store";
import { lockedForSeconds, recordSignInFailure } from "@/lib/rate-limit/lock-out";
import { verifyPassword } from "./password";
import { findAccountById } from "./queries";

/**
 * Re-authenticates a signed-in user before a sensitive change (password, email). Failures
 * count towards the sign-in lock-out, so a stolen session cannot guess the password faster
 * than the sign-in form allows.
 */
export async function confirmCurrentPassword(
  userId: string,
  password: string,
  address: string,
  field = "currentPassword",
) {
  const account = await findAccountById(userId);
  if (!account) throw new AppError("UNAUTHENTICATED");
  const store = await getRateLimitStore();
  if ((await lockedForSeconds(store, account.email)) > 0) throw new AppError("RATE_LIMITED");
  if (!(await verifyPassword(account.passwordHash, password))) {
    await recordSignInFailure(store, account.email, address);
    throw fieldError(field, "validation.password.wrongCurrent");
  }
  return account;
}
