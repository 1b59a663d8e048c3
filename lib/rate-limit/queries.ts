import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RateLimitStore, RateWindow } from "./store";

type Row = { count: number; reset_at: Date };

const toWindow = (row: Row | undefined): RateWindow | null =>
  row ? { count: Number(row.count), resetAt: row.reset_at } : null;

/**
 * The PostgreSQL store: one row per key in rate_limit_buckets. Each operation is one
 * statement (INSERT … ON CONFLICT DO UPDATE locks the row), so concurrent hits never lose
 * a count.
 */
export function createPostgresStore(client: PrismaClient): RateLimitStore {
  return {
    async hit(key, windowMs) {
      const rows = await client.$queryRaw<Row[]>`
        INSERT INTO rate_limit_buckets AS b (key, count, reset_at)
        VALUES (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN b.reset_at <= now() THEN 1 ELSE b.count + 1 END,
          reset_at = CASE WHEN b.reset_at <= now() THEN EXCLUDED.reset_at ELSE b.reset_at END
        RETURNING count, reset_at`;
      return toWindow(rows[0])!;
    },
    async peek(key) {
      const rows = await client.$queryRaw<Row[]>`
        SELECT count, reset_at FROM rate_limit_buckets WHERE key = ${key} AND reset_at > now()`;
      return toWindow(rows[0]);
    },
    async holdOpen(key, durationMs) {
      await client.$executeRaw`
        INSERT INTO rate_limit_buckets AS b (key, count, reset_at)
        VALUES (${key}, 1, now() + ${durationMs} * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN b.reset_at <= now() THEN 1 ELSE b.count END,
          reset_at = GREATEST(b.reset_at, EXCLUDED.reset_at)`;
    },
    async clear(key) {
      await client.$executeRaw`DELETE FROM rate_limit_buckets WHERE key = ${key}`;
    },
  };
}

/** Deletes closed windows; run periodically by the worker so the table stays small. */
export function purgeClosedWindows(client: PrismaClient): Promise<number> {
  return client.$executeRaw`DELETE FROM rate_limit_buckets WHERE reset_at <= now()`;
}
