import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm; password.test.ts checks it) with OWASP's
// recommended minimum cost (19 MiB, 2 passes, 1 lane): about 20-40 ms here.
const ARGON2_OPTIONS = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified against when the email is unknown, so a sign-in takes as long whether or not the
// account exists (no enumeration by timing).
let dummyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; a missing hash costs the same and fails. */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword("praxis-dummy-password-for-timing");
  const target = storedHash ?? (await dummyHash);
  const matches = await verify(target, password).catch(() => false);
  return storedHash !== null && matches;
}

/** Spends the time of a hash without keeping it: evens out paths that skip hashing. */
export async function spendHashTime(password: string): Promise<void> {
  await hashPassword(password);
}
