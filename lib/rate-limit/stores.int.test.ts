import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { createPostgresStore, purgeClosedWindows } from "./queries";
import { createRedisStore } from "./redis-store";
import type { RateLimitStore } from "./store";

// One suite, run against both stores on real servers: PostgreSQL (TEST_DATABASE_URL, or
// embedded) and Redis (TEST_REDIS_URL, default the local server on 6379).

let database: TestDatabase;
let prisma: PrismaClient;
const redis = createClient({ url: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379" });

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 8);
  await redis.connect();
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
  await redis.quit();
});

const stores: [string, () => RateLimitStore][] = [
  ["PostgreSQL", () => createPostgresStore(prisma)],
  ["Redis", () => createRedisStore(redis)],
];

describe.each(stores)("the %s rate-limit store", (_name, storeOf) => {
  const key = () => `test:${randomUUID()}`;

  it("counts hits in one window and reports when it closes", async () => {
    const store = storeOf();
    const subject = key();
    const before = Date.now();
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await store.hit(subject, 60_000)).count);
    expect(counts).toEqual([1, 2, 3]);
    const window = await store.peek(subject);
    expect(window?.count).toBe(3);
    expect(window!.resetAt.getTime()).toBeGreaterThan(before + 55_000);
    expect(window!.resetAt.getTime()).toBeLessThan(Date.now() + 61_000);
  });

  it("starts a new window once the previous one has closed", async () => {
    const store = storeOf();
    const subject = key();
    await store.hit(subject, 300);
    await store.hit(subject, 300);
    await sleep(450);
    expect(await store.peek(subject)).toBeNull();
    expect((await store.hit(subject, 300)).count).toBe(1);
  });

  it("loses no hit under concurrency", async () => {
    const store = storeOf();
    const subject = key();
    const windows = await Promise.all(Array.from({ length: 40 }, () => store.hit(subject, 60_000)));
    expect(windows.map((window) => window.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it("keeps separate keys apart and forgets a cleared key", async () => {
    const store = storeOf();
    const [first, second] = [key(), key()];
    await store.hit(first, 60_000);
    await store.hit(first, 60_000);
    expect((await store.hit(second, 60_000)).count).toBe(1);
    await store.clear(first);
    expect(await store.peek(first)).toBeNull();
    expect((await store.peek(second))?.count).toBe(1);
  });

  it("holds a window open for a lock-out, never shortening it", async () => {
    const store = storeOf();
    const subject = key();
    await store.holdOpen(subject, 60_000);
    const locked = await store.peek(subject);
    expect(locked).not.toBeNull();
    await store.holdOpen(subject, 1_000);
    expect((await store.peek(subject))!.resetAt.getTime()).toBeGreaterThanOrEqual(
      locked!.resetAt.getTime() - 50,
    );
  });

  it("lets a short hold lapse", async () => {
    const store = storeOf();
    const subject = key();
    await store.holdOpen(subject, 200);
    expect(await store.peek(subject)).not.toBeNull();
    await sleep(350);
    expect(await store.peek(subject)).toBeNull();
  });
});

describe("PostgreSQL housekeeping", () => {
  it("purges closed windows only", async () => {
    const store = createPostgresStore(prisma);
    await store.hit("closing", 100);
    await store.hit("open", 60_000);
    await sleep(200);
    await purgeClosedWindows(prisma);
    const keys = await prisma.rateLimitBucket.findMany({ select: { key: true } });
    expect(keys.map((row) => row.key)).toContain("open");
    expect(keys.map((row) => row.key)).not.toContain("closing");
  });
});
