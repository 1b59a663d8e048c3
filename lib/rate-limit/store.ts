// Where rate-limit counters live: PostgreSQL by default, Redis when REDIS_URL is set. Both
// keep fixed windows: the first hit opens a window of `windowMs`, later hits count in it,
// and the counter starts again once it has closed. The stores' own clocks decide, so
// several app instances agree.

export type RateWindow = { count: number; resetAt: Date };

export interface RateLimitStore {
  /** Counts one hit in the key's window (opening one if none is open) and returns it. */
  hit(key: string, windowMs: number): Promise<RateWindow>;
  /** The key's open window, or null. */
  peek(key: string): Promise<RateWindow | null>;
  /** Keeps the key's window open at least `durationMs` from now (lock-outs). */
  holdOpen(key: string, durationMs: number): Promise<void>;
  clear(key: string): Promise<void>;
}
