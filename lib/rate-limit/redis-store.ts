import "server-only";
import { AppError } from "@/lib/errors";
import type { RateLimitStore } from "./store";

/** The two commands the store needs, as node-redis's client offers them. */
export type RedisCommands = {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  del(key: string): Promise<number>;
};

const PREFIX = "praxis:rate:";

// Lua scripts run atomically in Redis: a counter and its expiry can never be split apart.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

const PEEK = `
local count = redis.call('GET', KEYS[1])
if not count then return nil end
return {tonumber(count), redis.call('PTTL', KEYS[1])}`;

const HOLD_OPEN = `
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], redis.call('GET', KEYS[1]) or 1, 'PX', ARGV[1])
end
return 1`;

function toWindow(reply: unknown): { count: number; resetAt: Date } | null {
  if (!Array.isArray(reply)) return null;
  const [count, ttl] = reply.map(Number);
  return { count, resetAt: new Date(Date.now() + Math.max(ttl, 0)) };
}

/** The Redis store, for deployments with several app instances (REDIS_URL). */
export function createRedisStore(client: RedisCommands): RateLimitStore {
  // Redis away means limits cannot be checked: refuse (503) rather than let requests through.
  const unavailable = (error: unknown) => {
    throw new AppError("SERVICE_UNAVAILABLE", { cause: error });
  };
  const run = (script: string, key: string, args: string[] = []) =>
    client.eval(script, { keys: [PREFIX + key], arguments: args }).catch(unavailable);
  return {
    async hit(key, windowMs) {
      return toWindow(await run(HIT, key, [String(Math.ceil(windowMs))]))!;
    },
    async peek(key) {
      return toWindow(await run(PEEK, key));
    },
    async holdOpen(key, durationMs) {
      await run(HOLD_OPEN, key, [String(Math.ceil(durationMs))]);
    },
    async clear(key) {
      await client.del(PREFIX + key).catch(unavailable);
    },
  };
}
