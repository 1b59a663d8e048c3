import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/auth/tokens";
import { feedLookupHash, feedPath, newFeedToken } from "./feed-token";

describe("feed tokens", () => {
  it("are 256 random bits in base64url, different every time", () => {
    const tokens = Array.from({ length: 50 }, newFeedToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("sit in /agenda/{token}.ics, looked up by their SHA-256", () => {
    const token = newFeedToken();
    const file = feedPath(token).split("/").at(-1)!;
    expect(feedPath(token)).toBe(`/agenda/${token}.ics`);
    expect(feedLookupHash(file)).toBe(hashToken(token));
    expect(feedLookupHash(file)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("hash anything else too (no early answer), to something no feed has", () => {
    const token = newFeedToken();
    expect(feedLookupHash(token)).not.toBe(hashToken(token));
    for (const file of ["", "x.ics", ".ics", `${token}.ICS`, "a".repeat(5000)]) {
      expect(feedLookupHash(file)).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
