import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { personNameSchema } from "@/lib/patients/schemas";
import { PASSWORD_MESSAGES } from "./password-policy";
import { ageOn, signInSchema, signUpSchema } from "./schemas";

const VALID = {
  email: "  Camille.Durand@Exemple.FR ",
  password: "cheval-agrafe-pile-correcte",
  firstName: "Camille",
  lastName: "Durand",
  birthDate: "1988-04-12",
  locale: "fr",
};

// Schemas speak in catalogue keys; the French page reads these words.
const fr = translatorFor("fr");
const say = (key: string) => (fr.has(key as never) ? fr(key as never) : key);

function fieldErrors(input: unknown): Record<string, string[]> {
  const result = signUpSchema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (errors[issue.path.join(".")] ??= []).push(say(issue.message));
  return errors;
}

describe("signUpSchema", () => {
  it("normalises the email and keeps the rest", () => {
    const parsed = signUpSchema.parse(VALID);
    expect(parsed.email).toBe("camille.durand@exemple.fr");
    expect(parsed.birthDate).toEqual(new Date("1988-04-12T00:00:00Z"));
  });

  it.each([
    ["Arabic", "مريم", "العلي"],
    ["Hebrew", "נועה", "כהן"],
    ["accented and hyphenated", "Jean-Étienne", "N’Diaye-Lefèvre"],
    ["CJK", "美咲", "佐藤"],
  ])("accepts %s names", (_script, firstName, lastName) => {
    expect(fieldErrors({ ...VALID, firstName, lastName })).toEqual({});
  });

  it.each([
    "pas-une-adresse",
    "a@b",
    "camille@exemple.fr\nBcc: x@y.z",
    `${"a".repeat(250)}@exemple.fr`,
    "",
  ])("refuses the email %j with a French message", (email) => {
    expect(fieldErrors({ ...VALID, email }).email?.[0]).toMatch(/adresse e-mail/);
  });

  it("refuses a 10 kB password on length, before any other check", () => {
    expect(fieldErrors({ ...VALID, password: "x".repeat(10 * 1024) }).password).toEqual([
      say(PASSWORD_MESSAGES.tooLong),
    ]);
  });

  it("refuses names with bidirectional overrides, control characters or digits", () => {
    expect(fieldErrors({ ...VALID, firstName: "Eve\u202Eevil" }).firstName).toBeDefined();
    expect(fieldErrors({ ...VALID, lastName: "Nul\u0000" }).lastName).toBeDefined();
    expect(fieldErrors({ ...VALID, lastName: "R2D2" }).lastName).toBeDefined();
    expect(fieldErrors({ ...VALID, firstName: "x".repeat(101) }).firstName).toBeDefined();
  });

  it("accepts exactly the names the patient profile accepts, so the profile can be saved", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (firstName) => {
        const signedUp = signUpSchema.shape.firstName.safeParse(firstName);
        expect(signedUp.success).toBe(personNameSchema.safeParse(firstName).success);
      }),
    );
    expect(fieldErrors({ ...VALID, firstName: "Jean-" }).firstName).toEqual([
      "Votre prénom ne peut contenir que des lettres, espaces, apostrophes et tirets.",
    ]);
  });

  it("refuses impossible, future and too recent birth dates", () => {
    expect(fieldErrors({ ...VALID, birthDate: "2026-02-30" }).birthDate).toBeDefined();
    expect(fieldErrors({ ...VALID, birthDate: "12/04/1988" }).birthDate).toBeDefined();
    expect(fieldErrors({ ...VALID, birthDate: "2999-01-01" }).birthDate).toBeDefined();
    const child = new Date();
    child.setUTCFullYear(child.getUTCFullYear() - 10);
    expect(
      fieldErrors({ ...VALID, birthDate: child.toISOString().slice(0, 10) }).birthDate?.[0],
    ).toMatch(/15 ans/);
  });

  it("names every missing field, and drops unknown ones", () => {
    expect(Object.keys(fieldErrors({})).sort()).toEqual(
      ["birthDate", "email", "firstName", "lastName", "locale", "password"].sort(),
    );
    const parsed = signUpSchema.parse({ ...VALID, role: "ADMIN", emailVerified: "2020-01-01" });
    expect(parsed).not.toHaveProperty("role");
    expect(parsed).not.toHaveProperty("emailVerified");
  });

  it("keeps the chosen language of the account's mails, and refuses an unknown one", () => {
    expect(signUpSchema.parse({ ...VALID, locale: "de" }).locale).toBe("de");
    expect(fieldErrors({ ...VALID, locale: "xx" }).locale).toEqual([
      "Choisissez une langue de la liste.",
    ]);
  });
});

describe("signInSchema", () => {
  it("does not judge an existing password, only bounds it", () => {
    expect(signInSchema.safeParse({ email: "a@exemple.fr", password: "court" }).success).toBe(true);
    expect(
      signInSchema.safeParse({ email: "a@exemple.fr", password: "x".repeat(10_240) }).success,
    ).toBe(false);
  });
});

describe("ageOn", () => {
  it("counts a birthday only once it has come", () => {
    const birth = new Date("2011-06-15T00:00:00Z");
    expect(ageOn(birth, new Date("2026-06-14T00:00:00Z"))).toBe(14);
    expect(ageOn(birth, new Date("2026-06-15T00:00:00Z"))).toBe(15);
  });
});
