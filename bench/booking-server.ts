import { createHash, randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../lib/db-client";

// Session cookies for the booking benchmark, minted the way Auth.js reads them (an
// encrypted JWT whose only claim is a session id, checked against the sessions table).

// `next start` is production: Secure, __Host- prefixed cookie (see lib/auth/auth.ts).
const COOKIE_NAME = "__Host-praxis.session";

/** A session row for the user and the Cookie header that names it. */
export async function mintSessionCookie(
  prisma: PrismaClient,
  userId: string,
  authSecret: string,
): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  await prisma.session.create({
    data: {
      sessionToken: createHash("sha256").update(sid).digest("hex"),
      userId,
      expires: new Date(Date.now() + 60 * 60_000),
    },
  });
  const token = await encode({ token: { sid }, secret: authSecret, salt: COOKIE_NAME });
  return `${COOKIE_NAME}=${token}`;
}
