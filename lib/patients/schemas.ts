import { z } from "zod";
import {
  NAME_MAX_LENGTH,
  OLDEST_BIRTH_DATE,
  CURRENT_PASSWORD_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  RELATIVE_RELATIONSHIPS,
} from "./limits";

// Inputs of the patient area, parsed on the server. Browser code imports ./limits instead
// (zod must not load there); server code may read the limits from here as well.
export { NAME_MAX_LENGTH, CURRENT_PASSWORD_MAX_LENGTH, PHONE_MAX_LENGTH, RELATIVE_RELATIONSHIPS };

// Bidirectional controls (LRE, RLO, isolates…) can make a name display as something else;
// right-to-left names themselves need none of them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
// Letters and marks of any script (with the zero-width (non-)joiners Persian and Indic
// spellings need), and the separators names really contain.
const NAME_PATTERN = /^[\p{L}\p{M}\u200C\u200D]+(?:[ '’.-]+[\p{L}\p{M}\u200C\u200D]+)*\.?$/u;

/** What a name field says (catalogue keys) when it refuses a value, in the form's voice. */
type NameMessages = {
  missing: string;
  tooLong: string;
  invisible: string;
  notAName: string;
};

/** A person's first or last name: one rule wherever a name is typed, each form's own words. */
export function nameSchemaSaying(messages: NameMessages) {
  return z
    .string({ error: messages.missing })
    .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, messages.missing)
        .max(NAME_MAX_LENGTH, messages.tooLong)
        .refine((value) => !BIDI_CONTROLS.test(value), messages.invisible)
        .regex(NAME_PATTERN, messages.notAName),
    );
}

export const PERSON_NAME_MESSAGES: NameMessages = {
  missing: "validation.required",
  // The catalogue's words repeat NAME_MAX_LENGTH.
  tooLong: "validation.name.tooLong",
  invisible: "validation.name.invisible",
  notAName: "validation.name.notAName",
};

export const personNameSchema = nameSchemaSaying(PERSON_NAME_MESSAGES);

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

// "AAAA-MM-JJ", as <input type="date"> sends it; a real calendar day, not in the future.
export const birthDateSchema = z
  .string({ error: "validation.birthDate.missing" })
  .trim()
  .min(1, "validation.birthDate.missing")
  .pipe(z.iso.date({ error: "validation.birthDate.invalid" }))
  .refine((value) => value >= OLDEST_BIRTH_DATE, "validation.birthDate.tooOld")
  .refine((value) => value <= todayIso(), "validation.birthDate.future");

const FRENCH_NATIONAL = /^0([1-9]\d{8})$/;
const INTERNATIONAL = /^\+([1-9]\d{7,14})$/;

// Stored as E.164 ("+33612345678"), so one number is written one way whatever was typed.
export const phoneSchema = z
  .string()
  .max(PHONE_MAX_LENGTH, "validation.phone.tooLong")
  .transform((value) => value.replace(/[\s.()-]/g, "").replace(/^00/, "+"))
  .refine(
    (value) => value === "" || FRENCH_NATIONAL.test(value) || INTERNATIONAL.test(value),
    "validation.phone.invalid",
  )
  .transform((value) => {
    if (value === "") return null;
    const national = FRENCH_NATIONAL.exec(value);
    return national ? `+33${national[1]}` : value;
  });

export const profileInputSchema = z.strictObject({
  firstName: personNameSchema,
  lastName: personNameSchema,
  birthDate: birthDateSchema,
  phone: phoneSchema.optional().transform((value) => value ?? null),
});
export type ProfileInput = z.output<typeof profileInputSchema>;

export const relativeInputSchema = z.strictObject({
  relationship: z.enum(RELATIVE_RELATIONSHIPS, { error: "patient.errors.relationship" }),
  firstName: personNameSchema,
  lastName: personNameSchema,
  birthDate: birthDateSchema,
});
export type RelativeInput = z.output<typeof relativeInputSchema>;

export const deleteAccountInputSchema = z.strictObject({
  password: z
    .string({ error: "validation.password.missing" })
    .min(1, "validation.password.missing")
    .max(CURRENT_PASSWORD_MAX_LENGTH, "validation.password.wrongCurrent"),
});
export type DeleteAccountInput = z.output<typeof deleteAccountInputSchema>;

// Ids arrive in URLs and forms; anything that is not a UUID is simply not found.
export const idSchema = z.uuid();

// ?page= of paginated lists: anything odd falls back to the first page.
export const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
