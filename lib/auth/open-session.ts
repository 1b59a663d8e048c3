import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertSession } from "./queries";
import { sessionExpiry } from "./session-lifetime";
import { hashToken } from "./tokens";

/** Sessions one account may hold at once; signing in once more ends the oldest. */
export const MAX_SESSIONS_PER_ACCOUNT = 20;

/**
 * A new session for the user: its random id (for the cookie) is returned, only its hash is
 * stored. Pass a transaction to open it together with other writes.
 */
export async function openSession(userId: string, tx?: Prisma.TransactionClient): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  const now = new Date();
  const expires = sessionExpiry(now, now);
  await insertSession(userId, hashToken(sessionId), expires, MAX_SESSIONS_PER_ACCOUNT, tx);
  return sessionId;
}
