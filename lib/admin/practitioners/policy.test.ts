import { describe, expect, it } from "vitest";
import { canManagePractitioners, canResendInvitation } from "./policy";

describe("canManagePractitioners", () => {
  it("is for admins only", () => {
    expect(canManagePractitioners({ id: "a", role: "ADMIN" })).toBe(true);
    expect(canManagePractitioners({ id: "p", role: "PRACTITIONER" })).toBe(false);
    expect(canManagePractitioners({ id: "c", role: "PATIENT" })).toBe(false);
  });
});

describe("canResendInvitation", () => {
  it("is possible until the practitioner has chosen a password", () => {
    expect(canResendInvitation({ hasPassword: false })).toBe(true);
    expect(canResendInvitation({ hasPassword: true })).toBe(false);
    expect(canResendInvitation(null)).toBe(false);
  });
});
