import { describe, expect, it } from "vitest";
import {
  newPractitionerSchema,
  practitionerListQuerySchema,
  verificationInputSchema,
} from "./schemas";

const valid = {
  email: "  Claire.Martin@Exemple.FR ",
  title: "DR",
  firstName: "Claire",
  lastName: "Martin",
  specialtyId: "3f0e7a1c-2b1d-4c7e-9a55-1f2e3d4c5b6a",
  timeZone: "Europe/Paris",
};

function fieldsInError(input: unknown): string[] {
  const result = newPractitionerSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("newPractitionerSchema", () => {
  it("normalises the email", () => {
    expect(newPractitionerSchema.parse(valid).email).toBe("claire.martin@exemple.fr");
  });

  it("accepts right-to-left and non-Latin names", () => {
    expect(fieldsInError({ ...valid, firstName: "ليلى", lastName: "حداد" })).toEqual([]);
  });

  it.each([
    ["email", "claire@"],
    ["email", `${"a".repeat(10 * 1024)}@exemple.fr`],
    ["title", "DOCTOR"],
    ["specialtyId", "cardiologie"],
    ["timeZone", "Mars/Olympus"],
    ["firstName", "x".repeat(10 * 1024)],
  ])("refuses a bad %s", (field, value) => {
    expect(fieldsInError({ ...valid, [field]: value })).toEqual([field]);
  });

  it("refuses missing and extra fields", () => {
    expect(fieldsInError({})).toEqual([
      "title",
      "firstName",
      "lastName",
      "specialtyId",
      "timeZone",
      "email",
    ]);
    expect(fieldsInError({ ...valid, verified: true })).toEqual([""]);
  });
});

describe("practitionerListQuerySchema", () => {
  it("reads the filter and page, and falls back on everyone, first page", () => {
    expect(practitionerListQuerySchema.parse({ statut: "non-verifies", page: "2" })).toEqual({
      status: "unverified",
      page: 2,
    });
    expect(practitionerListQuerySchema.parse({ statut: "verifies" }).status).toBe("verified");
    expect(practitionerListQuerySchema.parse({})).toEqual({ status: "all", page: 1 });
    for (const statut of ["'; --", ["verifies", "x"], undefined]) {
      expect(practitionerListQuerySchema.parse({ statut, page: "-4" })).toEqual({
        status: "all",
        page: 1,
      });
    }
  });
});

describe("verificationInputSchema", () => {
  it("reads the button's value", () => {
    expect(verificationInputSchema.parse({ verified: "true" })).toEqual({ verified: true });
    expect(verificationInputSchema.parse({ verified: "false" })).toEqual({ verified: false });
    expect(verificationInputSchema.safeParse({ verified: "yes" }).success).toBe(false);
  });
});
