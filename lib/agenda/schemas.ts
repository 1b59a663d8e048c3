import { z } from "zod";
import { blankAsMissing } from "@/lib/utils/form-fields";

// Inputs of the practitioner's agenda: the page's search parameters and the query strings of
// the practice API. Client-safe.

/** The longest range one API call may ask for: two months of a busy agenda. */
export const MAX_AGENDA_RANGE_DAYS = 62;
export const MAX_PATIENT_RESULTS = 20;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD ("2026-02-30" and "2026-13-45" are not). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Whole days from one ISO date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

const calendarDate = (description: string) =>
  z
    .string()
    .refine(isCalendarDate, { error: "agenda.errors.date" })
    .describe(`${description} (YYYY-MM-DD, a day of the practitioner's calendar)`);

const practitionerIdParameter = z.preprocess(
  blankAsMissing,
  z
    .uuid({ error: "agenda.errors.practitioner" })
    .optional()
    .describe("Whose agenda (a secretary working for several); default: the first one"),
);

export const agendaRangeQuerySchema = z
  .object({
    from: calendarDate("First day"),
    to: calendarDate(`Last day included, at most ${MAX_AGENDA_RANGE_DAYS} days in all`),
    practitionerId: practitionerIdParameter,
  })
  .superRefine(({ from, to }, context) => {
    if (!isCalendarDate(from) || !isCalendarDate(to)) return;
    const days = daysBetween(from, to);
    if (days < 0) {
      context.addIssue({ code: "custom", path: ["to"], message: "agenda.errors.toBeforeFrom" });
    } else if (days + 1 > MAX_AGENDA_RANGE_DAYS) {
      context.addIssue({ code: "custom", path: ["to"], message: "agenda.errors.rangeTooLong" });
    }
  });
export type AgendaRangeQuery = z.output<typeof agendaRangeQuerySchema>;

const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** A birth date typed as YYYY-MM-DD or DD/MM/YYYY, as YYYY-MM-DD; null when it is not one. */
export function birthDateOf(text: string): string | null {
  const french = FRENCH_DATE.exec(text);
  const iso = french ? `${french[3]}-${french[2]}-${french[1]}` : text;
  return isCalendarDate(iso) ? iso : null;
}

export const ownPatientsQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(2, { error: "agenda.errors.queryTooShort" })
    .max(100, { error: "agenda.errors.queryTooLong" })
    .describe(
      "Part of a first or last name (accents and case ignored), or a birth date YYYY-MM-DD or DD/MM/YYYY",
    ),
  practitionerId: practitionerIdParameter,
});
export type OwnPatientsQuery = z.output<typeof ownPatientsQuerySchema>;

export const dayListQuerySchema = z.object({
  date: z.preprocess(blankAsMissing, calendarDate("The day").optional()),
  praticien: practitionerIdParameter,
});
