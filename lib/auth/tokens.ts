import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { consumeTokenRow, replaceToken, type TokenPurposeCode } from "./queries";

// Single-use, expiring tokens for links sent by mail. The link carries 256 random bits; the
// database keeps only their SHA-256 (a fast hash is enough for random secrets), so a
// database leak reveals no usable link. A new token replaces the user's earlier one of the
// same purpose: only the latest reset link works.

export type TokenPurpose = "verify-email" | "reset-password" | "invite" | "change-email";

const HOUR = 60;
const DAY = 24 * HOUR;

// How long each link works: a reset or an email change is acted on at once, so a leaked
// link is short-lived; a confirmation may wait a day, an invitation a week (the invitee may
// be away).
const PURPOSES: Record<TokenPurpose, { code: TokenPurposeCode; ttlMinutes: number }> = {
  "verify-email": { code: "VERIFY_EMAIL", ttlMinutes: DAY },
  "reset-password": { code: "RESET_PASSWORD", ttlMinutes: HOUR },
  invite: { code: "INVITE", ttlMinutes: 7 * DAY },
  "change-email": { code: "CHANGE_EMAIL", ttlMinutes: HOUR },
};

/** How long a purpose's link works, as mails and pages say it: "1 heure", "7 days". */
export function linkLifetime(purpose: TokenPurpose, locale: Locale): string {
  const minutes = PURPOSES[purpose].ttlMinutes;
  const t = translatorFor(locale);
  // Every lifetime above is whole hours, or whole days beyond one. One day reads "24 heures":
  // "1 jour" sounds like "until tomorrow".
  if (minutes > DAY) return t("mail.lifetime.days", { count: minutes / DAY });
  return t("mail.lifetime.hours", { count: minutes / HOUR });
}

// 32 random bytes in base64url: 43 characters. Anything else is refused before any query.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a random secret (a link's token, a session id): its SHA-256. */
export function hashToken(rawToken: string): string {
  return createHash("sha256").update(rawToken).digest("hex");
}

/** Stores a new token in the caller's transaction; returns the raw token for the link. */
export async function issueToken(
  tx: Prisma.TransactionClient,
  options: { purpose: TokenPurpose; userId: string; data?: Prisma.InputJsonValue },
): Promise<string> {
  const rawToken = randomBytes(32).toString("base64url");
  await replaceToken(tx, {
    tokenHash: hashToken(rawToken),
    purpose: PURPOSES[options.purpose].code,
    userId: options.userId,
    ttlMinutes: PURPOSES[options.purpose].ttlMinutes,
    data: options.data,
  });
  return rawToken;
}

export type ConsumedToken = { userId: string; data: unknown };

/**
 * Uses up a token: its owner and data, or null when it is unknown, expired, already used,
 * issued for another purpose or malformed. A replay always gets null.
 */
export async function consumeToken(
  tx: Prisma.TransactionClient,
  purpose: TokenPurpose,
  rawToken: string,
): Promise<ConsumedToken | null> {
  if (!TOKEN_PATTERN.test(rawToken)) return null;
  return consumeTokenRow(tx, PURPOSES[purpose].code, hashToken(rawToken));
}
