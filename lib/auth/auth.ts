import "server-only";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/request-origin";
import { authenticateCredentials, type SignInRefusal } from "./authenticate-credentials";
import { openSession } from "./open-session";
import { sessionCookieName } from "./session-cookie";
import { ABSOLUTE_TIMEOUT_MS } from "./session-lifetime";

// Auth.js is used here and nowhere else: pages, actions and use cases see lib/auth only.
//
// Sessions: Auth.js refuses database sessions with the credentials provider, and a bare JWT
// cannot be revoked. So the cookie holds an encrypted JWT whose only claim is a random
// session id, and every request checks that id against the `sessions` table (session.ts).
// Deleting rows ends sessions at once: on sign-out, password change or account deletion.

/** Why a sign-in was refused, readable by the sign-in action (never put in a URL). */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly reason: SignInRefusal) {
    super();
    this.code = reason;
  }
}

/**
 * The session id in this request's cookie, or null. Only decrypts: Auth.js's auth() would
 * also re-encrypt and re-send the cookie on every request, work that buys nothing here as
 * the sessions table, not the cookie, says how long a session lasts (session-lifetime.ts).
 */
export async function readSessionId(): Promise<string | null> {
  const env = getEnv();
  const name = sessionCookieName(env.NODE_ENV === "production");
  const token = (await cookies()).get(name)?.value;
  // Without a secret Auth.js seals no cookie either (it refuses to start).
  if (!token || !env.AUTH_SECRET) return null;
  const known = openedCookies.get(token);
  if (known && known.expiresAt > Date.now()) return known.sid;
  try {
    const claims = await decode({ token, secret: env.AUTH_SECRET, salt: name });
    const sid = typeof claims?.sid === "string" && claims.sid.length > 0 ? claims.sid : null;
    if (sid && typeof claims?.exp === "number") rememberOpenedCookie(token, sid, claims.exp);
    return sid;
  } catch {
    return null; // tampered with, expired, or sealed with another secret
  }
}

// Opening a cookie (key derivation, decryption, MAC) is most of a signed-in API call's own
// CPU time, and a browser sends the same cookie on every request: what a cookie opened to
// is kept until the cookie's own expiry. The sessions table is still read on every request
// (session.ts), so a revoked session is refused all the same.
const openedCookies = new Map<string, { sid: string; expiresAt: number }>();
const MAX_OPENED_COOKIES = 10_000;

function rememberOpenedCookie(token: string, sid: string, expiresAtSeconds: number): void {
  if (openedCookies.size >= MAX_OPENED_COOKIES) openedCookies.clear();
  openedCookies.set(token, { sid, expiresAt: expiresAtSeconds * 1000 });
}

/**
 * Puts a session opened outside Auth.js's sign-in (a rotation after a password change) in
 * this browser's cookie, sealed as Auth.js seals its own so readSessionId reads it alike.
 */
export async function setSessionCookie(sessionId: string): Promise<void> {
  const env = getEnv();
  if (!env.AUTH_SECRET) return;
  const secure = env.NODE_ENV === "production";
  const name = sessionCookieName(secure);
  const maxAge = ABSOLUTE_TIMEOUT_MS / 1000;
  const token = await encode({
    token: { sid: sessionId },
    secret: env.AUTH_SECRET,
    salt: name,
    maxAge,
  });
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
}

/**
 * Auth.js leaves its callback-URL cookie behind after signing in (we never redirect through
 * it); a sign-out clears it so nothing of the visit outlives the session.
 */
export async function clearAuthLeftoverCookies(): Promise<void> {
  const jar = await cookies();
  for (const secure of [true, false]) {
    const name = `${secure ? "__Secure-" : ""}authjs.callback-url`;
    if (jar.has(name))
      jar.set(name, "", { path: "/", secure, httpOnly: true, sameSite: "lax", maxAge: 0 });
  }
}

export const { signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  // `next start` is production: its cookie is Secure and __Host-, which browsers also
  // accept over http://localhost and 127.0.0.1, so the e2e server works.
  const secure = env.NODE_ENV === "production";
  return {
    secret: env.AUTH_SECRET,
    // The host only builds Auth.js's internal callback URL; redirects are ours and relative.
    trustHost: true,
    useSecureCookies: secure,
    session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
    cookies: {
      sessionToken: {
        name: sessionCookieName(secure),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const outcome = await authenticateCredentials(credentials, clientAddress(request));
          if (!outcome.ok) throw new SignInRefused(outcome.reason);
          return { id: outcome.userId };
        },
      }),
    ],
    callbacks: {
      // The token carries the session id only: no email or name, even encrypted.
      async jwt({ token, user, trigger }) {
        if (trigger === "signIn" && user.id) return { sid: await openSession(user.id) };
        return token;
      },
    },
    logger: {
      // Auth.js logs refused sign-ins as errors; they are expected. Anything else is logged
      // by name only, as its message may carry request data.
      error(error: Error) {
        if (!(error instanceof CredentialsSignin)) console.error(`[auth] ${error.name}`);
      },
      warn: () => undefined,
      debug: () => undefined,
    },
  };
});
