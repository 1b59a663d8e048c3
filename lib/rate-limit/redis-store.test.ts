import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createRedisStore, type RedisCommands } from "./redis-store";

const unreachable: RedisCommands = {
  eval: () => Promise.reject(new Error("The client is closed")),
  del: () => Promise.reject(new Error("The client is closed")),
};

describe("the Redis store when Redis is away", () => {
  it("fails closed with a 503, never letting requests through unchecked", async () => {
    const store = createRedisStore(unreachable);
    for (const operation of [
      () => store.hit("k", 1000),
      () => store.peek("k"),
      () => store.holdOpen("k", 1000),
      () => store.clear("k"),
    ]) {
      const error = await operation().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("SERVICE_UNAVAILABLE");
    }
  });
});
