import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const BASE: NodeJS.ProcessEnv = {
  NODE_ENV: "test",
  DATABASE_URL: "postgresql://praxis@localhost:5432/praxis",
  AUTH_SECRET: "a-secret-of-at-least-thirty-two-characters",
};

describe("CAMPAIGN_MIN_COUNT", () => {
  it("defaults to 10", () => {
    expect(parseEnv(BASE).CAMPAIGN_MIN_COUNT).toBe(10);
  });

  it("refuses a threshold under 5 on a public production deployment", () => {
    expect(() =>
      parseEnv({
        ...BASE,
        NODE_ENV: "production",
        APP_URL: "https://praxis.example",
        CAMPAIGN_MIN_COUNT: "3",
      }),
    ).toThrow("Invalid configuration: CAMPAIGN_MIN_COUNT must be at least 5 in production");
  });

  it("lets tests lower it, and a production build that serves only this machine", () => {
    expect(parseEnv({ ...BASE, CAMPAIGN_MIN_COUNT: "1" }).CAMPAIGN_MIN_COUNT).toBe(1);
    expect(
      parseEnv({ ...BASE, NODE_ENV: "production", CAMPAIGN_MIN_COUNT: "2" }).CAMPAIGN_MIN_COUNT,
    ).toBe(2);
  });

  it("refuses what is not a whole number of at least 1", () => {
    expect(() => parseEnv({ ...BASE, CAMPAIGN_MIN_COUNT: "0" })).toThrow(/CAMPAIGN_MIN_COUNT/);
    expect(() => parseEnv({ ...BASE, CAMPAIGN_MIN_COUNT: "ten" })).toThrow(/CAMPAIGN_MIN_COUNT/);
  });
});
