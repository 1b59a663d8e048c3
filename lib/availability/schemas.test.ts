import { describe, expect, it } from "vitest";
import { availabilityQuerySchema } from "./schemas";

const practitionerId = "5f1c2a9e-8d4b-4c7a-9b1e-2f3a4b5c6d7e";

describe("availabilityQuerySchema", () => {
  it("accepts a bounded window and coerces its dates", () => {
    const query = availabilityQuerySchema.parse({
      practitionerIds: [practitionerId],
      from: "2026-03-29T00:00:00Z",
      to: "2026-04-12T00:00:00Z",
    });
    expect(query.from).toEqual(new Date("2026-03-29T00:00:00Z"));
  });

  it("refuses an inverted or oversized window and malformed ids", () => {
    const base = { practitionerIds: [practitionerId], from: "2026-03-29T00:00:00Z" };
    expect(availabilityQuerySchema.safeParse({ ...base, to: "2026-03-28T00:00:00Z" }).success).toBe(
      false,
    );
    expect(availabilityQuerySchema.safeParse({ ...base, to: "2026-07-01T00:00:00Z" }).success).toBe(
      false,
    );
    expect(
      availabilityQuerySchema.safeParse({
        ...base,
        practitionerIds: ["1; DROP"],
        to: "2026-04-01T00:00:00Z",
      }).success,
    ).toBe(false);
    expect(
      availabilityQuerySchema.safeParse({
        ...base,
        practitionerIds: [],
        to: "2026-04-01T00:00:00Z",
      }).success,
    ).toBe(false);
  });
});
