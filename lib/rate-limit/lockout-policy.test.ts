import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lockDurationMs, MAX_LOCK_MS } from "./lockout-policy";

const MINUTE = 60_000;

describe("lockDurationMs", () => {
  it("forgives the first four failures", () => {
    expect([1, 2, 3, 4].map(lockDurationMs)).toEqual([0, 0, 0, 0]);
  });

  it("then locks for 1, 2, 4, 8 and at most 15 minutes", () => {
    expect([5, 6, 7, 8, 9, 10, 50].map(lockDurationMs)).toEqual(
      [1, 2, 4, 8, 15, 15, 15].map((minutes) => minutes * MINUTE),
    );
  });

  it("never decreases and never exceeds 15 minutes, whatever the count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (failures) => {
        const duration = lockDurationMs(failures);
        expect(duration).toBeLessThanOrEqual(MAX_LOCK_MS);
        expect(lockDurationMs(failures + 1)).toBeGreaterThanOrEqual(duration);
      }),
    );
  });
});
