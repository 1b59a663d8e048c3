// The limits, in one place. Per client address they stay generous (a hospital, a school or
// a mobile carrier puts many people behind one address); per account they are tight.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type RateRule = { scope: string; limit: number; windowMs: number };

export const RATE_RULES = {
  signInFailuresPerAddress: { scope: "sign-in-failures:address", limit: 30, windowMs: 15 * MINUTE },
  // Not a hard limit: the count feeds the growing lock-out (lockout-policy.ts).
  signInFailuresPerAccount: { scope: "sign-in-failures:account", limit: 0, windowMs: 24 * HOUR },
  // A carrier's or a hospital's shared address signs many people up in an hour; the
  // per-address cap only stops a script (the per-e-mail caps below stay tight).
  signUpPerAddress: { scope: "sign-up:address", limit: 60, windowMs: HOUR },
  signUpPerEmail: { scope: "sign-up:email", limit: 3, windowMs: HOUR },
  resetPerAddress: { scope: "reset:address", limit: 10, windowMs: 15 * MINUTE },
  resetPerEmail: { scope: "reset:email", limit: 3, windowMs: HOUR },
  resendPerAddress: { scope: "resend:address", limit: 10, windowMs: 15 * MINUTE },
  resendPerEmail: { scope: "resend:email", limit: 3, windowMs: HOUR },
  emailChangePerAccount: { scope: "email-change:account", limit: 5, windowMs: HOUR },
  // Calendar apps poll a feed every few minutes at most; a whole practice's staff may sit
  // behind one address. Tokens are 256 random bits, so this is about load, not guessing.
  calendarFeedPerAddress: { scope: "calendar-feed:address", limit: 120, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateRule>;

/** The key scope of an account's sign-in lock (its duration comes from lockout-policy.ts). */
export const SIGN_IN_LOCK = { scope: "sign-in-lock:account" };
