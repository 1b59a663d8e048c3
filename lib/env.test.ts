import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const BASE = {
  NODE_ENV: "development",
  DATABASE_URL: "postgresql://praxis@127.0.0.1:5432/praxis",
} as const;
const PRODUCTION = { ...BASE, NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) } as const;

describe("CAMPAIGN_MIN_COUNT", () => {
  it("is 10 unless set", () => {
    expect(parseEnv(BASE).CAMPAIGN_MIN_COUNT).toBe(10);
  });

  it("may be lowered for tests, never below 5 in production", () => {
    expect(
      parseEnv({ ...BASE, NODE_ENV: "test", CAMPAIGN_MIN_COUNT: "1" }).CAMPAIGN_MIN_COUNT,
    ).toBe(1);
    expect(parseEnv({ ...PRODUCTION, CAMPAIGN_MIN_COUNT: "5" }).CAMPAIGN_MIN_COUNT).toBe(5);
    expect(() => parseEnv({ ...PRODUCTION, CAMPAIGN_MIN_COUNT: "4" })).toThrow(
      "CAMPAIGN_MIN_COUNT must be at least 5 in production",
    );
  });

  it.each(["ten", "2.5", "0", "-3"])("refuses %j", (value) => {
    expect(() => parseEnv({ ...BASE, CAMPAIGN_MIN_COUNT: value })).toThrow(/CAMPAIGN_MIN_COUNT/);
  });
});
