import { describe, expect, it } from "vitest";
import { describeFailure, isRetryable, retryDelayMs } from "./retry-policy";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds and stops growing at an hour", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(retryDelayMs(8)).toBe(60 * 60_000);
    expect(retryDelayMs(1_000)).toBe(60 * 60_000);
  });
});

describe("isRetryable", () => {
  it("retries transient failures and gives up on permanent SMTP refusals", () => {
    expect(isRetryable({})).toBe(true);
    expect(isRetryable({ responseCode: 421 })).toBe(true);
    expect(isRetryable({ responseCode: 550 })).toBe(false);
  });
});

describe("describeFailure", () => {
  it("keeps the kind of failure and drops the message, which may quote an address", () => {
    const error = Object.assign(new Error("550 5.1.1 <camille@example.fr>: unknown user"), {
      code: "EENVELOPE",
      responseCode: 550,
    });
    expect(describeFailure(error)).toEqual({ summary: "EENVELOPE smtp 550", responseCode: 550 });
    expect(JSON.stringify(describeFailure(error))).not.toContain("camille");
  });

  it("copes with anything thrown", () => {
    expect(describeFailure("boom").summary).toBe("unknown error");
    expect(describeFailure({ code: "not a code: camille@example.fr" }).summary).toBe(
      "unknown error",
    );
  });
});
