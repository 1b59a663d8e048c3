import type { CspReportKey, RawCspViolation } from "./schemas";

// What browsers put in blocked-uri / blockedURL instead of a URL.
const BLOCKED_KEYWORDS = new Set([
  "inline",
  "eval",
  "wasm-eval",
  "self",
  "data",
  "blob",
  "trusted-types-policy",
  "trusted-types-sink",
]);

const NETWORK_SCHEMES = new Set(["http:", "https:", "ws:", "wss:"]);

// Path segments that are identifiers (numbers, UUIDs, long random tokens such as a
// password-reset token) are replaced: they could point at a person or be a secret, and
// they would split one problem into thousands of rows.
const IDENTIFIER_SEGMENT =
  /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[\w-]{24,})$/i;

const MAX_PATH_LENGTH = 300;
const MAX_HOST_LENGTH = 255;
const UNKNOWN = "unknown";

export function normaliseViolation(violation: RawCspViolation): CspReportKey | null {
  const directive = directiveName(violation.directive);
  const documentPath = documentPathOf(violation.documentUrl);
  if (!directive || !documentPath) return null;
  return { directive, blockedHost: blockedHostOf(violation.blockedUrl), documentPath };
}

// "script-src-elem" stays; a legacy "script-src 'self' 'nonce-…'" keeps its name only.
export function directiveName(raw: string): string | null {
  const name = raw.trim().split(/\s+/)[0].toLowerCase();
  return /^[a-z][a-z-]{0,63}$/.test(name) ? name : null;
}

// The host only (never the path or query of the blocked URL), a keyword, or the scheme of
// a non-network URL ("chrome-extension").
export function blockedHostOf(raw: string): string {
  const value = raw.trim().toLowerCase();
  if (BLOCKED_KEYWORDS.has(value)) return value;
  if (!URL.canParse(value)) return UNKNOWN;
  const url = new URL(value);
  const host = NETWORK_SCHEMES.has(url.protocol) ? url.host : url.protocol.slice(0, -1);
  return host.slice(0, MAX_HOST_LENGTH) || UNKNOWN;
}

// The path of the page only: a query string can hold search terms (health data).
export function documentPathOf(raw: string): string | null {
  if (!URL.canParse(raw)) return null;
  const segments = new URL(raw).pathname.split("/");
  const path = segments.map((segment) => (IDENTIFIER_SEGMENT.test(segment) ? ":id" : segment));
  return path.join("/").slice(0, MAX_PATH_LENGTH);
}

// Identical violations in one batch become one increment.
export function countByKey(keys: CspReportKey[]): { key: CspReportKey; count: number }[] {
  const counts = new Map<string, { key: CspReportKey; count: number }>();
  for (const key of keys) {
    const id = JSON.stringify([key.directive, key.blockedHost, key.documentPath]);
    const entry = counts.get(id) ?? { key, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()];
}
