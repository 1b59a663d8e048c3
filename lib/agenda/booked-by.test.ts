import { describe, expect, it } from "vitest";
import { bookedByOf } from "./booked-by";

const holder = { ownerId: "u1", relationship: "SELF", createdByPractitionerId: null };
const child = { ...holder, relationship: "CHILD" };
const practiceFile = { ownerId: null, relationship: "SELF", createdByPractitionerId: "p1" };

describe("bookedByOf", () => {
  it("tells the patient online, a relative's account and the practice apart", () => {
    expect(bookedByOf({ bookedBy: { id: "u1", role: "PATIENT" }, patient: holder })).toBe(
      "PATIENT",
    );
    expect(bookedByOf({ bookedBy: { id: "u1", role: "PATIENT" }, patient: child })).toBe(
      "RELATIVE",
    );
    expect(bookedByOf({ bookedBy: { id: "u2", role: "PATIENT" }, patient: holder })).toBe(
      "RELATIVE",
    );
    expect(bookedByOf({ bookedBy: { id: "s1", role: "SECRETARY" }, patient: holder })).toBe(
      "PRACTICE",
    );
    expect(
      bookedByOf({ bookedBy: { id: "d1", role: "PRACTITIONER" }, patient: practiceFile }),
    ).toBe("PRACTICE");
  });

  it("falls back on who created the record when the booking account is gone", () => {
    expect(bookedByOf({ bookedBy: null, patient: practiceFile })).toBe("PRACTICE");
    expect(bookedByOf({ bookedBy: null, patient: holder })).toBe("UNKNOWN");
  });
});
