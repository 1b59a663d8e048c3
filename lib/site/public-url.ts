import "server-only";
import { getEnv } from "@/lib/env";

/**
 * An absolute URL on our own site, for mails, the sitemap and security.txt. Built from
 * APP_URL, never from the request's Host header: a forged Host would otherwise put an
 * attacker's site in a password-reset link or a crawler's list.
 */
export function publicUrl(path: string): string {
  const base = getEnv().APP_URL ?? `http://localhost:${process.env.PORT || 3000}`;
  return new URL(path, base).toString();
}
