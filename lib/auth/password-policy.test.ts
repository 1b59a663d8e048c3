import { describe, expect, it } from "vitest";
import commonPasswords from "./data/common-passwords.json";
import { PASSWORD_MESSAGES, passwordLength, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("cheval-agrafe-pile-correcte")).toBeNull();
  });

  it("refuses fewer than 10 characters, counting code points", () => {
    expect(passwordProblem("court-123")).toBe(PASSWORD_MESSAGES.tooShort);
    // 4 decomposed "é" and 5 letters are 9 characters, though 13 UTF-16 units.
    expect(passwordProblem("e\u0301".repeat(4) + "abcde")).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordLength("😀😀")).toBe(2);
  });

  it("refuses more than 128 characters, such as a 10 kB paste", () => {
    expect(passwordProblem("a".repeat(129))).toBe(PASSWORD_MESSAGES.tooLong);
    expect(passwordProblem("x".repeat(10 * 1024))).toBe(PASSWORD_MESSAGES.tooLong);
    expect(passwordProblem("a-b".repeat(42) + "cd")).toBeNull();
  });

  it.each(["1234567890", "Password123", "AZERTYUIOP", "motdepasse123", "qwertyuiop"])(
    "refuses the common password %j, whatever its case",
    (password) => {
      expect(passwordProblem(password)).toBe(PASSWORD_MESSAGES.common);
    },
  );

  it("ships a list of at least the 10 000 most common passwords", () => {
    expect(commonPasswords.length).toBeGreaterThanOrEqual(10_000);
    expect(commonPasswords.slice(0, 3)).toEqual(["123456", "password", "12345678"]);
  });

  it("refuses a password built on the account's email", () => {
    expect(passwordProblem("camille.durand2026", "camille.durand@exemple.fr")).toBe(
      PASSWORD_MESSAGES.containsEmail,
    );
  });
});
