// What the patient forms need in the browser (field limits, choices), apart from the zod
// schemas: zod 4 probes `new Function` when its schemas load, which a strict CSP reports as
// a violation, so client components must not import schemas.ts.

export const NAME_MAX_LENGTH = 100;
export const PHONE_MAX_LENGTH = 25;
// Earlier dates are typing mistakes, not patients.
export const OLDEST_BIRTH_DATE = "1900-01-01";
// The password typed to confirm a deletion, in UTF-16 units: Praxis accepts passwords of up
// to 128 characters, at most 4 units each as typed (see lib/auth/schemas.ts). A longer one can
// only be wrong, and bounding it keeps a 10 kB body from ever reaching the hash function.
export const CURRENT_PASSWORD_MAX_LENGTH = 128 * 4;

export type Relationship = "SELF" | "CHILD" | "PARENT" | "OTHER";
export const RELATIVE_RELATIONSHIPS = [
  "CHILD",
  "PARENT",
  "OTHER",
] as const satisfies readonly Relationship[];
