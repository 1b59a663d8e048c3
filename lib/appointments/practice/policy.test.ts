import { describe, expect, it } from "vitest";
import { allowedStatusChanges, statusChangeRefusal } from "./policy";

const PARIS = "Europe/Paris";
// Monday 12 January 2026, 10:00 in Paris.
const now = new Date("2026-01-12T09:00:00Z");
const context = { now, timeZone: PARIS };
const today = (
  status: "BOOKED" | "ARRIVED" | "COMPLETED" | "NO_SHOW" | "CANCELLED",
  changedAt: Date | null = null,
) => ({
  status,
  startsAt: new Date("2026-01-12T13:00:00Z"),
  statusChangedAt: changedAt,
});

describe("statusChangeRefusal", () => {
  it("walks BOOKED → ARRIVED → COMPLETED, and allows a no-show from booked or arrived", () => {
    expect(statusChangeRefusal(today("BOOKED"), "ARRIVED", context)).toBeNull();
    expect(statusChangeRefusal(today("ARRIVED"), "COMPLETED", context)).toBeNull();
    expect(statusChangeRefusal(today("BOOKED"), "COMPLETED", context)).toBeNull();
    expect(statusChangeRefusal(today("BOOKED"), "NO_SHOW", context)).toBeNull();
    expect(statusChangeRefusal(today("ARRIVED"), "NO_SHOW", context)).toBeNull();
    expect(statusChangeRefusal(today("NO_SHOW"), "NO_SHOW", context)).toBeNull();
  });

  it("refuses going backwards other than by undo", () => {
    expect(statusChangeRefusal(today("COMPLETED"), "ARRIVED", context)).toBe("NOT_ALLOWED");
    expect(statusChangeRefusal(today("COMPLETED"), "NO_SHOW", context)).toBe("NOT_ALLOWED");
    expect(statusChangeRefusal(today("NO_SHOW"), "ARRIVED", context)).toBe("NOT_ALLOWED");
    expect(statusChangeRefusal(today("BOOKED"), "BOOKED", context)).toBe("NOT_ALLOWED");
  });

  it("refuses every mark on a cancelled appointment", () => {
    for (const target of ["ARRIVED", "COMPLETED", "NO_SHOW", "BOOKED"] as const) {
      expect(statusChangeRefusal(today("CANCELLED"), target, context)).toBe("CANCELLED");
    }
  });

  it("marks nothing ahead of the appointment's day, in the practitioner's zone", () => {
    const tomorrow = { ...today("BOOKED"), startsAt: new Date("2026-01-13T07:00:00Z") };
    expect(statusChangeRefusal(tomorrow, "ARRIVED", context)).toBe("NOT_YET");
    // 23:30 UTC on the 12th is already the 13th in Paris.
    const lateUtc = { ...today("BOOKED"), startsAt: new Date("2026-01-12T23:30:00Z") };
    expect(statusChangeRefusal(lateUtc, "NO_SHOW", context)).toBe("NOT_YET");
    const yesterday = { ...today("BOOKED"), startsAt: new Date("2026-01-11T09:00:00Z") };
    expect(statusChangeRefusal(yesterday, "COMPLETED", context)).toBeNull();
  });

  it("undoes a mark the same local day only", () => {
    const markedThisMorning = today("ARRIVED", new Date("2026-01-12T07:30:00Z"));
    expect(statusChangeRefusal(markedThisMorning, "BOOKED", context)).toBeNull();
    // 23:30 UTC on the 11th was already the 12th in Paris: same day.
    const justAfterMidnight = today("COMPLETED", new Date("2026-01-11T23:30:00Z"));
    expect(statusChangeRefusal(justAfterMidnight, "BOOKED", context)).toBeNull();
    const markedYesterday = today("NO_SHOW", new Date("2026-01-11T22:30:00Z"));
    expect(statusChangeRefusal(markedYesterday, "BOOKED", context)).toBe("UNDO_TOO_LATE");
    expect(statusChangeRefusal(today("ARRIVED"), "BOOKED", context)).toBe("UNDO_TOO_LATE");
  });
});

describe("allowedStatusChanges", () => {
  it("lists the panel's buttons", () => {
    expect(allowedStatusChanges(today("BOOKED"), context)).toEqual([
      "ARRIVED",
      "COMPLETED",
      "NO_SHOW",
    ]);
    expect(allowedStatusChanges(today("COMPLETED", now), context)).toEqual(["BOOKED"]);
    expect(allowedStatusChanges(today("CANCELLED"), context)).toEqual([]);
  });
});
