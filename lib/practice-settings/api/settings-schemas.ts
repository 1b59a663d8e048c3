import { z } from "zod";
import { MOTIVE_AUDIENCES } from "../limits";

// The API's answers about a practitioner's settings (responses only; requests are in ../schemas.ts).

const instant = z.iso.datetime().describe("UTC instant, ISO 8601");

const rangeSchema = z.object({
  weekday: z.number().int().describe("ISO weekday, 1 = Monday"),
  start: z.string().describe("HH:MM, local wall-clock time"),
  end: z.string().describe("HH:MM, local wall-clock time; 24:00 is midnight"),
});

export const weeklyHoursResponseSchema = z.object({
  practitionerId: z.uuid(),
  timeZone: z.string().describe("IANA zone the hours are written in"),
  today: z.string().describe("Today in that zone, YYYY-MM-DD"),
  practices: z.array(
    z.object({
      locationId: z.uuid(),
      name: z.string().nullable(),
      address: z.string(),
      ranges: z.array(rangeSchema).describe("The hours in force today"),
      scheduled: z
        .array(z.object({ from: z.string(), ranges: z.array(rangeSchema) }))
        .describe("Saved changes that start later"),
    }),
  ),
});

export const appointmentTimeSchema = z.object({
  id: z.uuid().describe("Open it at /espace-praticien/rendez-vous/{id}"),
  startsAt: instant,
  endsAt: instant,
});

export const savedHoursResponseSchema = z.object({
  timeZone: z.string(),
  outsideHours: z
    .array(appointmentTimeSchema)
    .describe("Coming appointments the new hours leave outside: nothing was cancelled"),
});

export const motiveSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  durationMinutes: z.number().int(),
  color: z.string().describe("#rrggbb"),
  audience: z.enum(MOTIVE_AUDIENCES),
  teleconsultation: z.boolean(),
  active: z.boolean(),
  position: z.number().int(),
  locationIds: z.array(z.uuid()).describe("Empty: offered at every practice"),
});

export const motiveListResponseSchema = z.object({ motives: z.array(motiveSchema) });
export const motiveResponseSchema = z.object({ motive: motiveSchema });

export const bookingRulesResponseSchema = z.object({
  minNoticeMinutes: z.number().int(),
  bookingHorizonDays: z.number().int(),
  bufferMinutes: z.number().int(),
  cancellationDeadlineHours: z.number().int(),
  acceptsNewPatients: z.boolean(),
});

const absenceSchema = z.object({
  id: z.uuid(),
  startsAt: instant,
  endsAt: instant,
  label: z.string().nullable().describe("Private to the practice"),
});

export const absenceListResponseSchema = z.object({
  practitionerId: z.uuid(),
  timeZone: z.string(),
  absences: z.array(absenceSchema).describe("Absences not over yet"),
  holidays: z
    .array(z.object({ date: z.string(), key: z.string() }))
    .describe("Coming French public holidays no absence covers yet"),
});

export const createdAbsenceResponseSchema = z.object({
  absence: absenceSchema,
  timeZone: z.string(),
  kept: z.array(appointmentTimeSchema).describe("Appointments in the period that stay booked"),
  cancelled: z.number().int().describe("Appointments cancelled, each patient told by mail"),
});

export const deletedResponseSchema = z.object({ deleted: z.literal(true) });
