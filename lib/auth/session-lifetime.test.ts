import { describe, expect, it } from "vitest";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  needsRenewal,
  sessionExpiry,
} from "./session-lifetime";

const opened = new Date("2026-03-02T08:00:00Z");
const after = (ms: number) => new Date(opened.getTime() + ms);
const MINUTE = 60_000;

describe("sessionExpiry", () => {
  it("ends an idle session an hour after the last activity", () => {
    expect(sessionExpiry(opened, after(10 * MINUTE))).toEqual(after(10 * MINUTE + IDLE_TIMEOUT_MS));
  });

  it("never goes past 12 hours after sign-in, however active the session", () => {
    expect(sessionExpiry(opened, after(11.5 * 60 * MINUTE))).toEqual(after(ABSOLUTE_TIMEOUT_MS));
  });
});

describe("needsRenewal", () => {
  it("does not write for activity within five minutes of the last renewal", () => {
    const session = { createdAt: opened, expires: after(IDLE_TIMEOUT_MS) };
    expect(needsRenewal(session, after(4 * MINUTE))).toBe(false);
    expect(needsRenewal(session, after(5 * MINUTE))).toBe(true);
  });

  it("stops renewing once the absolute deadline is reached", () => {
    const session = { createdAt: opened, expires: after(ABSOLUTE_TIMEOUT_MS) };
    expect(needsRenewal(session, after(ABSOLUTE_TIMEOUT_MS - MINUTE))).toBe(false);
  });
});
