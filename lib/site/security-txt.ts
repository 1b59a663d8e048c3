import "server-only";
import { getEnv } from "@/lib/env";
import { publicUrl } from "./public-url";

// RFC 9116. Expires is required and should stay under a year ahead: it rolls forward, to
// the first day of the month six months from now, so the file never goes stale in a
// deployment nobody edits, and stays the same all month (cacheable).
const EXPIRES_AFTER_MONTHS = 6;

export function buildSecurityTxt(now: Date = new Date()): string {
  const expires = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + EXPIRES_AFTER_MONTHS, 1),
  );
  return [
    `Contact: ${securityContact()}`,
    `Expires: ${expires.toISOString()}`,
    "Preferred-Languages: fr, en, de",
    `Canonical: ${publicUrl("/.well-known/security.txt")}`,
    "",
  ].join("\n");
}

/** SECURITY_CONTACT, or security@ the site's own host. */
function securityContact(): string {
  return getEnv().SECURITY_CONTACT ?? `mailto:security@${new URL(publicUrl("/")).hostname}`;
}
