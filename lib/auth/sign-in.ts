import "server-only";
import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { clientAddress } from "@/lib/http/request-origin";
import { clearAuthLeftoverCookies, signIn, signOut, SignInRefused } from "./auth";
import type { SignInRefusal } from "./authenticate-credentials";
import { landingPathOf } from "./home-path";
import { deleteSession, findAccountByEmail } from "./queries";
import type { SignInInput } from "./schemas";
import { getCurrentSession } from "./session";

/** On success, `landing`: where the account's role starts when no page asked to sign in. */
export type SignInResult = { ok: true; landing: string } | { ok: false; reason: SignInRefusal };

/**
 * Signs in through Auth.js's credentials provider (which calls authenticateCredentials) and
 * sets the session cookie. A session already open in this browser is ended first.
 */
export async function signInWithPassword(input: SignInInput): Promise<SignInResult> {
  const previous = await getCurrentSession();
  try {
    await signIn("credentials", { ...input, redirect: false });
  } catch (error) {
    if (error instanceof SignInRefused) return { ok: false, reason: error.reason };
    // Auth.js wraps other failures of authorize (database or Redis away…); rethrow the
    // original so lib/errors maps it (503, 429…) like anywhere else.
    throw originalError(error);
  }
  if (previous) await deleteSession(previous.key);
  const account = await findAccountByEmail(input.email);
  return { ok: true, landing: account ? landingPathOf(account.role) : "/" };
}

/** Ends this browser's session: the row goes (so the cookie is dead), then the cookie. */
export async function signOutCurrentUser(): Promise<void> {
  const current = await getCurrentSession();
  if (current) await deleteSession(current.key);
  await signOut({ redirect: false });
  await clearAuthLeftoverCookies();
}

/** The client address of the request being handled, for rate limits only. */
export async function requestAddress(): Promise<string> {
  return clientAddress(new Request("http://praxis.invalid/", { headers: await headers() }));
}

function originalError(error: unknown): unknown {
  const cause =
    error instanceof AuthError ? (error.cause as { err?: unknown } | undefined) : undefined;
  return cause?.err ?? error;
}
