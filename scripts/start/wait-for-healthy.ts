import { setTimeout as sleep } from "node:timers/promises";
import { CliError } from "../lib/cli";

/** Polls the health endpoint until the server answers 200 (a dev server compiles first). */
export async function waitForHealthy(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
    if (response?.ok) return;
    await sleep(300);
  }
  throw new CliError(`the server did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}
