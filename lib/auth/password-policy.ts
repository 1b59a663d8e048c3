import "server-only";
import commonPasswords from "./data/common-passwords.json";

// NIST SP 800-63B / OWASP ASVS 2.1: length over composition rules, and a check against
// passwords attackers try first. The list ships with the app (no lookup on another host):
// the 10 000 most common passwords of @zxcvbn-ts/language-common 4.1.3 (MIT), every longer
// entry of its 49 000, and frequent French ones; lower-cased, compared case-insensitively.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set<string>(commonPasswords);

// Catalogue keys; the catalogue's words repeat the two lengths above.
export const PASSWORD_MESSAGES = {
  tooShort: "validation.password.tooShort",
  tooLong: "validation.password.tooLong",
  common: "validation.password.common",
  containsEmail: "validation.password.containsEmail",
};

// Characters as people count them: code points after NFC, so an accented letter or an
// emoji counts as one.
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

/** Why a new password is refused, or null. Checks the length first: nothing long is scanned. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered)) return PASSWORD_MESSAGES.common;
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lowered.includes(localPart)) {
    return PASSWORD_MESSAGES.containsEmail;
  }
  return null;
}
