import "server-only";
import { db } from "@/lib/db";
import { DatabaseUnavailableError, driverAdapterCause } from "@/lib/errors";

export type DatabaseHealth = { up: true; latencyMs: number } | { up: false; reason: string };

// A health probe must answer quickly even when the database hangs, so the query races a timer.
export async function checkDatabase(timeoutMs = 2_000): Promise<DatabaseHealth> {
  const startedAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { up: true, latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    return { up: false, reason: reasonOf(error) };
  } finally {
    clearTimeout(timer);
  }
}

// Codes and kinds ("P2010 DatabaseNotReachable") or our timeout, never the connection string.
function reasonOf(error: unknown): string {
  if (error instanceof DatabaseUnavailableError) return error.detail;
  if (!(error instanceof Error)) return "unknown error";
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return error.message;
  const kind = driverAdapterCause(error)?.kind;
  return [error.name, code, typeof kind === "string" ? kind : ""].join(" ").trim();
}
