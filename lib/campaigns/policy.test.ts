import { describe, expect, it } from "vitest";
import { canManageCampaigns } from "./policy";

describe("canManageCampaigns", () => {
  it("lets admins only", () => {
    expect(canManageCampaigns({ id: "a", role: "ADMIN" })).toBe(true);
    for (const role of ["PATIENT", "PRACTITIONER", "SECRETARY"] as const) {
      expect(canManageCampaigns({ id: "a", role })).toBe(false);
    }
  });
});
