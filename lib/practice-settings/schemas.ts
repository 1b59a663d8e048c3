import { z } from "zod";
import { blankAsMissing } from "@/lib/utils/form-fields";
import { MS_PER_DAY } from "@/lib/utils/zoned-time";
import {
  ABSENCE_LABEL_MAX_LENGTH,
  ABSENCE_MAX_DAYS,
  BOOKING_RULE_LIMITS,
  MAX_WEEKLY_RANGES,
  MOTIVE_AUDIENCES,
  MOTIVE_MAX_MINUTES,
  MOTIVE_MIN_MINUTES,
  MOTIVE_NAME_MAX_LENGTH,
} from "./limits";
import { overlappingRanges, parseTimeOfDay, rangeProblem } from "./weekly-ranges";

// Inputs of the practitioner's settings (hours, motives, booking rules, absences), parsed on
// the server for the pages' forms and the API alike. Messages are catalogue keys.

const V = "practiceSettings.validation";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoDateSchema = z
  .string({ error: `${V}.date` })
  .regex(ISO_DATE, `${V}.date`)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `${V}.date`)
  .describe("A calendar date, YYYY-MM-DD");

const timeOfDaySchema = z
  .string({ error: `${V}.time` })
  .transform((value, context) => {
    const minute = parseTimeOfDay(value);
    if (minute === null) {
      context.addIssue({ code: "custom", message: `${V}.time` });
      return z.NEVER;
    }
    return minute;
  })
  .describe("Local wall-clock time HH:MM; 24:00 is the end of the day");

const practitionerIdSchema = z
  .uuid(`${V}.practitioner`)
  .optional()
  .describe("The agenda to act on; left out, the signed-in user's own (or first) one");

// ---------------------------------------------------------------- weekly hours

export const weeklyRangeSchema = z
  .strictObject({
    weekday: z.coerce.number().int().min(1).max(7).describe("ISO weekday, 1 = Monday"),
    start: timeOfDaySchema,
    end: timeOfDaySchema,
  })
  .transform(({ weekday, start, end }) => ({ weekday, startMinute: start, endMinute: end }))
  .superRefine((range, context) => {
    const problem = rangeProblem(range);
    if (problem) context.addIssue({ code: "custom", path: ["end"], message: `${V}.${problem}` });
  });

export const weeklyHoursInputSchema = z
  .strictObject({
    locationId: z.uuid(`${V}.location`).describe("The practice these hours are for"),
    effectiveFrom: isoDateSchema.describe(
      "First day (in the practitioner's zone) the new hours apply; earlier days keep the old ones",
    ),
    ranges: z
      .array(weeklyRangeSchema)
      .max(MAX_WEEKLY_RANGES, `${V}.tooManyRanges`)
      .describe("Every opening range of the week at this practice; an empty list closes it"),
  })
  .superRefine(({ ranges }, context) => {
    for (const index of overlappingRanges(ranges)) {
      context.addIssue({ code: "custom", path: ["ranges", index], message: `${V}.rangesOverlap` });
    }
  });
export type WeeklyHoursInput = z.output<typeof weeklyHoursInputSchema>;

// ---------------------------------------------------------------- motives

const motiveFields = {
  name: z
    .string({ error: `${V}.motiveName` })
    .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(
      z.string().min(1, `${V}.motiveName`).max(MOTIVE_NAME_MAX_LENGTH, `${V}.motiveNameTooLong`),
    )
    .describe("Shown to patients when they book"),
  durationMinutes: z.coerce
    .number({ error: `${V}.duration` })
    .int(`${V}.duration`)
    .min(MOTIVE_MIN_MINUTES, `${V}.duration`)
    .max(MOTIVE_MAX_MINUTES, `${V}.duration`)
    .describe("5 to 240 minutes"),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, `${V}.color`)
    .transform((value) => value.toLowerCase())
    .describe("#rrggbb, the motive's colour in the agenda"),
  audience: z
    .enum(MOTIVE_AUDIENCES, { error: `${V}.audience` })
    .describe(
      "Who may book it online: ALL, NEW or RETURNING patients, or PRACTICE (nobody online)",
    ),
  teleconsultation: z.boolean(),
  locationIds: z
    .array(z.uuid(`${V}.location`))
    .max(20)
    .describe("Practices where it is offered; empty: all of them"),
};

export const motiveInputSchema = z.strictObject({
  ...motiveFields,
  practitionerId: practitionerIdSchema,
});
export type MotiveInput = z.output<typeof motiveInputSchema>;

export const motivePatchSchema = z
  .strictObject({
    ...motiveFields,
    active: z.boolean().describe("An inactive motive is no longer offered; its history stays"),
    position: z.number().int().min(0).max(1000).describe("New place in the list, from 0"),
  })
  .partial();
export type MotivePatch = z.output<typeof motivePatchSchema>;

export const motiveIdParams = z.object({ id: z.uuid() });

// ---------------------------------------------------------------- booking rules

const ruleSchema = (limits: { min: number; max: number }, key: string) =>
  z.coerce
    .number({ error: `${V}.${key}` })
    .int(`${V}.${key}`)
    .min(limits.min, `${V}.${key}`)
    .max(limits.max, `${V}.${key}`);

export const bookingRulesSchema = z.strictObject({
  minNoticeMinutes: ruleSchema(BOOKING_RULE_LIMITS.minNoticeMinutes, "minNotice").describe(
    "A slot starts at least this many minutes after the booking (0 to 43200)",
  ),
  bookingHorizonDays: ruleSchema(BOOKING_RULE_LIMITS.bookingHorizonDays, "horizon").describe(
    "Slots are offered up to this many days ahead (1 to 365)",
  ),
  bufferMinutes: ruleSchema(BOOKING_RULE_LIMITS.bufferMinutes, "buffer").describe(
    "Kept free between two appointments (0 to 120 minutes)",
  ),
  cancellationDeadlineHours: ruleSchema(
    BOOKING_RULE_LIMITS.cancellationDeadlineHours,
    "cancellationDeadline",
  ).describe("Patients may cancel or move online until this many hours before (0 to 720)"),
  acceptsNewPatients: z.boolean().describe("Whether new patients may book online at all"),
});
export type BookingRulesInput = z.output<typeof bookingRulesSchema>;

// ---------------------------------------------------------------- absences

// Kept as typed, HTML included: it is only ever shown as text, inside the practice.
export const absenceLabelSchema = z.preprocess(
  blankAsMissing,
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(ABSENCE_LABEL_MAX_LENGTH, `${V}.labelTooLong`))
    .optional(),
);

export const absenceInputSchema = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true, error: `${V}.dateTime` }).pipe(z.coerce.date()),
    endsAt: z.iso.datetime({ offset: true, error: `${V}.dateTime` }).pipe(z.coerce.date()),
    label: absenceLabelSchema.describe("Private to the practice, at most 200 characters"),
    practitionerId: practitionerIdSchema,
    cancelAppointments: z
      .boolean()
      .optional()
      .describe(
        "What to do with appointments booked in the period: true cancels them (each patient gets a neutral mail), false keeps them; left out, such appointments answer 409 and nothing is saved",
      ),
  })
  .superRefine(({ startsAt, endsAt }, context) => {
    if (endsAt <= startsAt) {
      context.addIssue({ code: "custom", path: ["endsAt"], message: `${V}.endBeforeStart` });
    } else if (endsAt.getTime() - startsAt.getTime() > ABSENCE_MAX_DAYS * MS_PER_DAY) {
      context.addIssue({ code: "custom", path: ["endsAt"], message: `${V}.absenceTooLong` });
    }
  });
export type AbsenceInput = z.output<typeof absenceInputSchema>;

export const absenceIdParams = z.object({ id: z.uuid() });

export const practitionerQuerySchema = z.strictObject({ practitionerId: practitionerIdSchema });

export { isoDateSchema, timeOfDaySchema };

// ---------------------------------------------------------------- the absence form

const formDateSchema = z.preprocess(blankAsMissing, isoDateSchema);
const formTimeSchema = z.preprocess(blankAsMissing, timeOfDaySchema);

/**
 * The page's absence form, in the practitioner's local days and times: whole days from one
 * day to another, or hours within one day. The use case turns it into instants.
 */
export const absenceFormSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("days"), firstDay: formDateSchema, lastDay: formDateSchema }),
  z.object({
    kind: z.literal("hours"),
    day: formDateSchema,
    start: formTimeSchema,
    end: formTimeSchema,
  }),
]);
export type AbsenceForm = z.output<typeof absenceFormSchema>;

export const absenceFormExtrasSchema = z.object({
  label: absenceLabelSchema,
  practitionerId: z.preprocess(blankAsMissing, practitionerIdSchema),
  /** The answer to "appointments are booked then": keep them or cancel them. */
  decision: z.preprocess(blankAsMissing, z.enum(["keep", "cancel"]).optional()),
});
