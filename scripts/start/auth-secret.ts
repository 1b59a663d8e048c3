import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CliError } from "../lib/cli";

/**
 * AUTH_SECRET signs sessions. A deployment (DATABASE_URL set) must provide it; the
 * embedded demo keeps a generated one beside its data so sessions survive restarts.
 */
export function resolveAuthSecret(options: { embeddedDataDir: string | null }): string {
  const configured = process.env.AUTH_SECRET;
  if (configured) {
    if (configured.length < 32) throw new CliError("AUTH_SECRET must be at least 32 characters");
    return configured;
  }
  if (options.embeddedDataDir === null) {
    throw new CliError(
      "AUTH_SECRET is required when DATABASE_URL is set (generate one: openssl rand -base64 32)",
    );
  }
  if (options.embeddedDataDir.startsWith("memory://")) return randomBytes(32).toString("base64url");
  const secretFile = path.join(path.dirname(path.resolve(options.embeddedDataDir)), "auth-secret");
  if (existsSync(secretFile)) return readFileSync(secretFile, "utf8").trim();
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(secretFile, secret, { mode: 0o600 });
  return secret;
}
