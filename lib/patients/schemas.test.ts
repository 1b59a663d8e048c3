import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import {
  birthDateSchema,
  deleteAccountInputSchema,
  idSchema,
  pageSchema,
  personNameSchema,
  phoneSchema,
  profileInputSchema,
  relativeInputSchema,
} from "./schemas";

const TEN_KB = "a".repeat(10 * 1024);

// Schemas speak in catalogue keys; the French page reads these words.
const fr = translatorFor("fr");
const say = (key: string) => (fr.has(key as never) ? fr(key as never) : key);

function messagesOf(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : result.error!.issues.map((issue) => say(issue.message));
}

describe("personNameSchema", () => {
  it.each([
    ["Camille", "Camille"],
    ["  Jean-Pierre   de  La Tour ", "Jean-Pierre de La Tour"],
    ["N’Diaye", "N’Diaye"],
    ["O'Connor", "O'Connor"],
    ["Zoë", "Zoë"],
    ["محمد", "محمد"],
    ["דוד בן־גוריון".replace("־", "-"), "דוד בן-גוריון"],
    ["王小明", "王小明"],
    ["Łukasz Żółć", "Łukasz Żółć"],
  ])("accepts %j", (input, expected) => {
    expect(personNameSchema.parse(input)).toBe(expected);
  });

  it("stores the composed form of accented letters", () => {
    expect(personNameSchema.parse("Zoe\u0308")).toBe("Zoë");
  });

  it.each([
    ["", "Ce champ est obligatoire."],
    ["   ", "Ce champ est obligatoire."],
    ["R2D2", "Utilisez des lettres, espaces, traits d’union ou apostrophes."],
    ["<script>", "Utilisez des lettres, espaces, traits d’union ou apostrophes."],
    [
      "Robert'); DROP TABLE patients;--",
      "Utilisez des lettres, espaces, traits d’union ou apostrophes.",
    ],
    ["\u202Eevil", "Ce nom contient des caractères invisibles."],
  ])("refuses %j", (input, message) => {
    expect(messagesOf(personNameSchema.safeParse(input))).toContain(message);
  });

  it("refuses a 10 kB name with a length message", () => {
    expect(messagesOf(personNameSchema.safeParse(TEN_KB))).toContain("100 caractères au maximum.");
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (value) => {
        const result = personNameSchema.safeParse(value);
        if (result.success) expect(result.data.length).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("birthDateSchema", () => {
  it("accepts a real past day", () => {
    expect(birthDateSchema.parse("1988-04-12")).toBe("1988-04-12");
  });

  it.each([
    ["2023-02-30", "Indiquez une date valide (jj/mm/aaaa)."],
    ["12/04/1988", "Indiquez une date valide (jj/mm/aaaa)."],
    ["1899-12-31", "Indiquez une date postérieure à 1900."],
    ["2999-01-01", "La date de naissance ne peut pas être dans le futur."],
    ["", "Indiquez une date de naissance."],
  ])("refuses %j", (input, message) => {
    expect(messagesOf(birthDateSchema.safeParse(input))).toContain(message);
  });
});

describe("phoneSchema", () => {
  it.each([
    ["06 12 34 56 78", "+33612345678"],
    ["06.12.34.56.78", "+33612345678"],
    ["+33 6 12 34 56 78", "+33612345678"],
    ["0032 470 12 34 56", "+32470123456"],
    ["", null],
  ])("stores %j as %j", (input, expected) => {
    expect(phoneSchema.parse(input)).toBe(expected);
  });

  it.each(["12345", "06 12 34 56", "+0 123 456 789", "téléphone", "0" + "6".repeat(5000)])(
    "refuses %j",
    (input) => {
      expect(phoneSchema.safeParse(input).success).toBe(false);
    },
  );
});

describe("profileInputSchema", () => {
  const valid = { firstName: "Camille", lastName: "Durand", birthDate: "1988-04-12" };

  it("makes the phone optional", () => {
    expect(profileInputSchema.parse(valid)).toEqual({ ...valid, phone: null });
  });

  it("names every missing field", () => {
    const result = profileInputSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "firstName",
      "lastName",
      "birthDate",
    ]);
  });

  it("refuses extra fields", () => {
    expect(profileInputSchema.safeParse({ ...valid, ownerId: "x" }).success).toBe(false);
  });
});

describe("relativeInputSchema", () => {
  const valid = {
    relationship: "CHILD",
    firstName: "Léo",
    lastName: "Durand",
    birthDate: "2017-09-03",
  };

  it("accepts a child, a parent or another person", () => {
    for (const relationship of ["CHILD", "PARENT", "OTHER"]) {
      expect(relativeInputSchema.safeParse({ ...valid, relationship }).success).toBe(true);
    }
  });

  it("never makes a relative the account holder", () => {
    expect(messagesOf(relativeInputSchema.safeParse({ ...valid, relationship: "SELF" }))).toEqual([
      "Choisissez un lien de parenté.",
    ]);
  });
});

describe("deleteAccountInputSchema", () => {
  it("requires a password and refuses a 10 kB one before any hashing", () => {
    expect(messagesOf(deleteAccountInputSchema.safeParse({ password: "" }))).toEqual([
      "Saisissez votre mot de passe.",
    ]);
    expect(deleteAccountInputSchema.safeParse({ password: TEN_KB }).success).toBe(false);
  });
});

describe("ids and pages", () => {
  it("accepts UUIDs only", () => {
    expect(idSchema.safeParse("3f0e7a1c-2b1d-4c7e-9a55-1f2e3d4c5b6a").success).toBe(true);
    for (const id of ["42", "../etc/passwd", "3f0e7a1c2b1d4c7e9a551f2e3d4c5b6a", ""]) {
      expect(idSchema.safeParse(id).success).toBe(false);
    }
  });

  it("falls back on the first page for anything odd", () => {
    expect(pageSchema.parse("3")).toBe(3);
    for (const page of ["-1", "0", "abc", "1e9", "2.5", undefined]) {
      expect(pageSchema.parse(page)).toBe(1);
    }
  });
});
