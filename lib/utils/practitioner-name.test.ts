import { describe, expect, it } from "vitest";
import { practitionerName } from "./practitioner-name";

describe("practitionerName", () => {
  it("puts the title before the name, or leaves it out", () => {
    expect(practitionerName({ title: "DR", firstName: "Claire", lastName: "Martin" })).toBe(
      "Dr Claire Martin",
    );
    expect(practitionerName({ title: "PR", firstName: "Paul", lastName: "Roux" })).toBe(
      "Pr Paul Roux",
    );
    expect(practitionerName({ title: "NONE", firstName: "Inès", lastName: "Bak" })).toBe(
      "Inès Bak",
    );
  });
});
