import { describe, expect, it } from "vitest";
import { TokenBucketLimiter } from "./token-bucket";

function limiterAt(
  clock: { now: number },
  options = { capacity: 3, refillPerSecond: 1, maxKeys: 100 },
) {
  return new TokenBucketLimiter(options, () => clock.now);
}

describe("TokenBucketLimiter", () => {
  it("allows a burst up to the capacity, then refuses", () => {
    const limiter = limiterAt({ now: 0 });
    expect([1, 2, 3, 4].map(() => limiter.tryTake("a"))).toEqual([true, true, true, false]);
  });

  it("refills over time, never beyond the capacity", () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    for (let i = 0; i < 3; i++) limiter.tryTake("a");

    clock.now = 1_000;
    expect(limiter.tryTake("a")).toBe(true);
    expect(limiter.tryTake("a")).toBe(false);

    clock.now = 60_000;
    expect([1, 2, 3, 4].map(() => limiter.tryTake("a"))).toEqual([true, true, true, false]);
  });

  it("keeps one bucket per key", () => {
    const limiter = limiterAt({ now: 0 });
    for (let i = 0; i < 3; i++) limiter.tryTake("a");
    expect(limiter.tryTake("a")).toBe(false);
    expect(limiter.tryTake("b")).toBe(true);
  });

  it("forgets the least recently seen keys beyond maxKeys", () => {
    const limiter = limiterAt({ now: 0 }, { capacity: 1, refillPerSecond: 0, maxKeys: 2 });
    limiter.tryTake("a");
    limiter.tryTake("b");
    limiter.tryTake("a");
    limiter.tryTake("c"); // evicts "b", the least recently seen
    expect(limiter.tryTake("a")).toBe(false);
    expect(limiter.tryTake("b")).toBe(true);
  });
});
