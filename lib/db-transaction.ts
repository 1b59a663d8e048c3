import "server-only";
import { db } from "./db";
import { sqlStateOf } from "./errors";
import type { Prisma } from "./generated/prisma/client";

// The generic transaction helpers every domain's queries.ts uses, beside the one client.

export type Tx = Prisma.TransactionClient;

const RETRIED_SQLSTATES = new Set(["40001", "40P01"]);
const MAX_ATTEMPTS = 4;

type TransactionOptions = { maxWait?: number; timeout?: number };
const DEFAULTS: TransactionOptions = { maxWait: 10_000, timeout: 15_000 };

/**
 * Runs `work` in one transaction, again (a bounded number of times, after a short random
 * pause) when PostgreSQL aborted it for a serialization failure or a deadlock.
 */
export function inTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return withRetries(() => db.$transaction(work, { ...DEFAULTS, ...options }));
}

/** Runs `write` again when PostgreSQL aborted it for a serialization failure or a deadlock. */
export async function withRetries<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !RETRIED_SQLSTATES.has(sqlStateOf(error) ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
