import { describe, expect, it } from "vitest";
import { CACHEABLE, jsonResponse } from "./respond";

describe("a JSON answer", () => {
  it("leaves a small body uncompressed and lets a large one be compressed", async () => {
    const small = jsonResponse({ status: "ok" });
    expect(small.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(small.headers.get("content-type")).toBe("application/json");
    expect(await small.json()).toEqual({ status: "ok" });

    const large = jsonResponse({ items: "x".repeat(2_000) }, { cacheControl: CACHEABLE });
    expect(large.headers.get("cache-control")).toBe(CACHEABLE);
  });
});
