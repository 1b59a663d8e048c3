// What a campaign slug may be. A slug is printed on posters and typed into links, and it is
// stored with every counter of its campaign, so it must name the campaign and never a person
// or a visitor: anything that looks like an identifier (an e-mail address, a phone number, a
// hash, a UUID, a click id) is refused, even when its characters are allowed. Pure and
// client-safe; the rules are heuristics, chosen so that ordinary campaign names pass.

export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 40;

const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "format": not 3–40 lowercase letters, digits and single dashes; "identifier": see above. */
export type SlugProblem = "format" | "identifier";

export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length < SLUG_MIN_LENGTH || slug.length > SLUG_MAX_LENGTH) return "format";
  if (!SLUG_FORMAT.test(slug)) return "format";
  return IDENTIFIER_RULES.some((looksLikeIdentifier) => looksLikeIdentifier(slug))
    ? "identifier"
    : null;
}

// A year has four digits; six or more in a row are a phone number, a date, an account number.
const LONG_DIGIT_RUN = /\d{6,}/;

// Mail providers and top-level domains as they appear once "@" and "." became dashes.
const MAIL_ADDRESS =
  /(^|-)(gmail|googlemail|hotmail|yahoo|outlook|icloud|orange|wanadoo|sfr|laposte|aol|proton|protonmail|gmx|free)-(com|fr|net|org|de|eu|me)(-|$)|(^|-)(at|arobase)-[a-z0-9-]+-(com|fr|net|org|de|eu|io)$/;

// A UUID with or without its dashes, or any long hexadecimal hash.
const UUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/;
const HEX_HASH_MIN_LENGTH = 16;

// Six consonants in a row do not occur in French, English or German campaign words.
const CONSONANT_RUN = /[bcdfghjklmnpqrstvwxz]{6,}/;

// Letters and digits alternating (x7k2m9q4) is how generated tokens look; "covid19" is not.
const TOKEN_MIN_LENGTH = 8;
const TOKEN_MIN_ALTERNATIONS = 3;

const DIGIT_SHARE_LIMIT = 0.6;
const DIGIT_SHARE_MIN_DIGITS = 6;

const IDENTIFIER_RULES: ((slug: string) => boolean)[] = [
  (slug) => LONG_DIGIT_RUN.test(slug),
  (slug) => MAIL_ADDRESS.test(slug),
  (slug) => /\d/.test(slug.match(UUID)?.[0] ?? ""),
  (slug) => isHexHash(slug.replaceAll("-", "")),
  (slug) => CONSONANT_RUN.test(slug),
  (slug) => slug.split("-").some(isGeneratedToken),
  (slug) => isMostlyDigits(slug.replaceAll("-", "")),
];

function isHexHash(text: string): boolean {
  return text.length >= HEX_HASH_MIN_LENGTH && /^[0-9a-f]+$/.test(text) && /\d/.test(text);
}

function isGeneratedToken(segment: string): boolean {
  if (segment.length < TOKEN_MIN_LENGTH) return false;
  let alternations = 0;
  for (let index = 1; index < segment.length; index++) {
    if (isDigit(segment[index]!) !== isDigit(segment[index - 1]!)) alternations++;
  }
  return alternations >= TOKEN_MIN_ALTERNATIONS;
}

function isMostlyDigits(text: string): boolean {
  const digits = [...text].filter(isDigit).length;
  return digits >= DIGIT_SHARE_MIN_DIGITS && digits / text.length > DIGIT_SHARE_LIMIT;
}

function isDigit(character: string): boolean {
  return character >= "0" && character <= "9";
}
