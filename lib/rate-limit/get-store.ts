import "server-only";
import { createClient } from "redis";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createPostgresStore } from "./queries";
import { createRedisStore } from "./redis-store";
import type { RateLimitStore } from "./store";

const globalForStore = globalThis as unknown as { praxisRateStore?: Promise<RateLimitStore> };

async function connectRedis(url: string): Promise<RateLimitStore> {
  const client = createClient({
    url,
    // Fail fast rather than queueing: sign-in must not hang while Redis is away.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(retries * 200, 2_000),
    },
  });
  // Without a listener, a lost connection would crash the process; the failing command
  // reports the problem to the user (503) instead.
  client.on("error", () => undefined);
  await client.connect();
  return createRedisStore(client);
}

/** The configured store: Redis when REDIS_URL is set, else PostgreSQL. One per process. */
export function getRateLimitStore(): Promise<RateLimitStore> {
  const url = getEnv().REDIS_URL;
  globalForStore.praxisRateStore ??= url
    ? connectRedis(url).catch((error: unknown) => {
        globalForStore.praxisRateStore = undefined; // retry the connection next time
        throw new AppError("SERVICE_UNAVAILABLE", { cause: error });
      })
    : Promise.resolve(createPostgresStore(db));
  return globalForStore.praxisRateStore;
}
