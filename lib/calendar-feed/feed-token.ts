import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";

// The secret of a calendar subscription: 32 random bytes (256 bits) in base64url, in the
// URL /agenda/{token}.ics. The database keeps only its SHA-256, like every Praxis secret.

const FEED_TOKEN_BYTES = 32;
const FEED_PATH_PREFIX = "/agenda/";
const FEED_FILE_SUFFIX = ".ics";

export function newFeedToken(): string {
  return randomBytes(FEED_TOKEN_BYTES).toString("base64url");
}

export function feedPath(token: string): string {
  return `${FEED_PATH_PREFIX}${token}${FEED_FILE_SUFFIX}`;
}

/**
 * The hash to look up for the last segment of a feed URL ("{token}.ics"). Whatever arrives
 * — a right token, a wrong one, one of the wrong length, no ".ics" — is hashed and looked
 * up the same way: no early answer tells a malformed token from an unknown one by its
 * timing. A segment without the suffix hashes to something no feed has (the suffix is
 * hashed with it), so it finds nothing.
 */
export function feedLookupHash(fileSegment: string): string {
  const token = fileSegment.endsWith(FEED_FILE_SUFFIX)
    ? fileSegment.slice(0, -FEED_FILE_SUFFIX.length)
    : `${fileSegment}\0`;
  return hashToken(token);
}
