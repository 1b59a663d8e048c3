import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { birthDateSchema, nameSchemaSaying, PERSON_NAME_MESSAGES } from "@/lib/patients/schemas";
import { EMAIL_MAX_LENGTH } from "./limits";
import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, passwordProblem } from "./password-policy";

// What the account forms accept, with catalogue keys as messages tied to each field. Unknown fields
// (Next adds its own to every form post) are dropped, never stored.

const EMAIL_MESSAGE = "validation.email";

export const emailSchema = z
  .string({ error: EMAIL_MESSAGE })
  .trim()
  .max(EMAIL_MAX_LENGTH, "validation.emailTooLong")
  .toLowerCase()
  .pipe(z.email({ error: EMAIL_MESSAGE }));

/** A password typed to prove who one is: only bounded, never judged (old rules may differ). */
export const currentPasswordSchema = z
  .string({ error: "validation.password.missing" })
  .min(1, "validation.password.missing")
  // The same password typed on two keyboards may come composed or decomposed ("é").
  .normalize("NFC")
  // Counted in UTF-16 units, so at most 4 per character: a 10 kB paste stops here, unhashed.
  .max(PASSWORD_MAX_LENGTH * 4, { error: PASSWORD_MESSAGES.tooLong, abort: true });

/** A password being chosen: the policy of password-policy.ts. */
export const newPasswordSchema = z
  .string({ error: "validation.password.choose" })
  .max(PASSWORD_MAX_LENGTH * 4, { error: PASSWORD_MESSAGES.tooLong, abort: true })
  .normalize("NFC")
  .superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

// The rule of the patient profile, so a name accepted at sign-up can be saved there unchanged.
function nameSchema(field: "firstName" | "lastName") {
  return nameSchemaSaying({
    ...PERSON_NAME_MESSAGES,
    missing: `auth.errors.${field}Missing`,
    tooLong: `auth.errors.${field}TooLong`,
    notAName: `auth.errors.${field}NotAName`,
  });
}

// The account holder consents alone to the processing of their health data from 15 years
// of age in France (loi Informatique et Libertés, art. 45); younger people are added as
// relatives by a parent.
export const MINIMUM_HOLDER_AGE = 15;

export function ageOn(birthDate: Date, today: Date): number {
  const age = today.getUTCFullYear() - birthDate.getUTCFullYear();
  const birthdayPassed =
    today.getUTCMonth() > birthDate.getUTCMonth() ||
    (today.getUTCMonth() === birthDate.getUTCMonth() &&
      today.getUTCDate() >= birthDate.getUTCDate());
  return birthdayPassed ? age : age - 1;
}

// The patient profile's rule (a real day since 1900, not in the future), so a birth date
// accepted at sign-up can be saved there unchanged; the holder must also be old enough.
const holderBirthDateSchema = birthDateSchema
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine(
    (date) => ageOn(date, new Date()) >= MINIMUM_HOLDER_AGE,
    // The catalogue's words repeat the age.
    "auth.errors.tooYoung",
  );

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  firstName: nameSchema("firstName"),
  lastName: nameSchema("lastName"),
  birthDate: holderBirthDateSchema,
  // The language of the account's mails, offered in the page's language first.
  locale: z.enum(LOCALES, { error: "auth.errors.locale" }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: currentPasswordSchema });
export type SignInInput = z.infer<typeof signInSchema>;

export const emailOnlySchema = z.object({ email: emailSchema });

export const tokenSchema = z.string().max(200).catch("");

export const setPasswordSchema = z.object({ token: tokenSchema, password: newPasswordSchema });

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});

export const changeEmailSchema = z.object({
  newEmail: emailSchema,
  currentPassword: currentPasswordSchema,
});
