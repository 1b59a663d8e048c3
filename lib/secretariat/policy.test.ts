import { describe, expect, it } from "vitest";
import { invitationOutcome, levelFromDatabase, levelToDatabase } from "./policy";

describe("invitationOutcome", () => {
  it.each([
    [null, "create-account"],
    [{ role: "SECRETARY" as const }, "grant"],
    [{ role: "PATIENT" as const }, "refuse"],
    [{ role: "PRACTITIONER" as const }, "refuse"],
    [{ role: "ADMIN" as const }, "refuse"],
  ])("%o → %s", (existing, outcome) => {
    expect(invitationOutcome(existing)).toBe(outcome);
  });
});

describe("levels", () => {
  it("map both ways", () => {
    expect(levelToDatabase("manage")).toBe("MANAGE");
    expect(levelToDatabase("view")).toBe("VIEW");
    expect(levelFromDatabase("MANAGE")).toBe("manage");
    expect(levelFromDatabase("VIEW")).toBe("view");
  });
});
