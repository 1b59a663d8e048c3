import { describe, expect, it } from "vitest";
import { changeDeadline, changeRefusal, isChangeable, isUpcoming, slotRefusal } from "./policy";

const NOW = new Date("2026-03-01T12:00:00Z");
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * 3_600_000);

describe("changeRefusal", () => {
  it("allows a booked appointment until the practitioner's deadline", () => {
    expect(changeRefusal({ status: "BOOKED", startsAt: at(25) }, 24, NOW)).toBeNull();
    expect(changeRefusal({ status: "BOOKED", startsAt: at(24) }, 24, NOW)).toBeNull();
    expect(changeRefusal({ status: "BOOKED", startsAt: at(23) }, 24, NOW)).toBe(
      "CANCELLATION_TOO_LATE",
    );
    expect(changeRefusal({ status: "BOOKED", startsAt: at(3) }, 2, NOW)).toBeNull();
    expect(changeRefusal({ status: "BOOKED", startsAt: at(1) }, 0, NOW)).toBeNull();
  });

  it("refuses what is no longer booked or already started", () => {
    expect(changeRefusal({ status: "CANCELLED", startsAt: at(48) }, 24, NOW)).toBe("CONFLICT");
    expect(changeRefusal({ status: "COMPLETED", startsAt: at(-2) }, 24, NOW)).toBe("CONFLICT");
    expect(changeRefusal({ status: "BOOKED", startsAt: at(-1) }, 0, NOW)).toBe("CONFLICT");
  });

  it("computes the deadline in real hours", () => {
    expect(changeDeadline(at(48), 24)).toEqual(at(24));
  });
});

describe("isUpcoming", () => {
  it("is booked and ahead", () => {
    expect(isUpcoming({ status: "BOOKED", startsAt: at(1) }, NOW)).toBe(true);
    expect(isUpcoming({ status: "CANCELLED", startsAt: at(1) }, NOW)).toBe(false);
    expect(isUpcoming({ status: "BOOKED", startsAt: at(-1) }, NOW)).toBe(false);
    expect(isUpcoming({ status: "BOOKED", startsAt: NOW }, NOW)).toBe(false);
  });
});

describe("slotRefusal", () => {
  it("maps the engine's reasons to clear answers", () => {
    expect(slotRefusal("TAKEN")).toEqual({ code: "SLOT_TAKEN" });
    expect(slotRefusal("MOTIVE_UNAVAILABLE")).toEqual({ code: "NOT_FOUND" });
    for (const reason of [
      "IN_PAST",
      "TOO_SOON",
      "BEYOND_HORIZON",
      "OUTSIDE_HOURS",
      "MISALIGNED",
      "ABSENT",
      "MOTIVE_NOT_FOR_PATIENT",
    ] as const) {
      const refusal = slotRefusal(reason);
      expect(refusal.code).toBe("SLOT_UNAVAILABLE");
      expect(refusal.messageKey).toMatch(/^booking\.refusals\./);
    }
  });
});

describe("isChangeable", () => {
  const now = new Date("2030-01-07T08:00:00Z");
  const view = { status: "BOOKED" as const, startsAt: "2030-01-09T08:00:00.000Z" };

  it("allows a booked appointment until its deadline, and nothing else", () => {
    expect(isChangeable({ ...view, changeableUntil: "2030-01-08T08:00:00.000Z" }, now)).toBe(true);
    expect(isChangeable({ ...view, changeableUntil: "2030-01-07T07:59:00.000Z" }, now)).toBe(false);
    const cancelled = { ...view, status: "CANCELLED" as const };
    expect(isChangeable({ ...cancelled, changeableUntil: "2030-01-08T08:00:00.000Z" }, now)).toBe(
      false,
    );
    const past = { ...view, startsAt: "2030-01-07T07:00:00.000Z" };
    expect(isChangeable({ ...past, changeableUntil: "2030-01-08T08:00:00.000Z" }, now)).toBe(false);
  });
});
