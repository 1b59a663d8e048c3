import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { CliError } from "../lib/cli";

// What every Next.js server we start needs in its environment: the preload that appends the
// socket's address to X-Forwarded-For (trust-socket-peer.mjs). Through NODE_OPTIONS, so the
// server process `next dev` forks gets it as well.
export function withSocketPeerPreload(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = pathToFileURL(path.join(import.meta.dirname, "trust-socket-peer.mjs")).href;
  return {
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${preload}`].filter(Boolean).join(" "),
  };
}

const hopsSchema = z.coerce
  .number({ error: "TRUSTED_PROXY_HOPS must be a number" })
  .int("TRUSTED_PROXY_HOPS must be a whole number")
  .min(0, "TRUSTED_PROXY_HOPS must be between 0 and 10")
  .max(10, "TRUSTED_PROXY_HOPS must be between 0 and 10");

/** Refuses a malformed TRUSTED_PROXY_HOPS at start rather than trusting nothing silently. */
export function assertTrustedProxyHops(value: string | undefined): void {
  if (value === undefined || value === "") return;
  const result = hopsSchema.safeParse(value);
  if (!result.success) throw new CliError(result.error.issues[0].message);
}
