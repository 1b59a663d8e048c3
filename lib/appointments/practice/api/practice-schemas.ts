import { z } from "zod";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";

// The answers of the practice's appointment operations of /api/v1. Client-safe.

const instant = z.string().describe("ISO 8601 instant (UTC)");

export const practiceAppointmentSchema = z.strictObject({
  id: z.uuid(),
  status: z.enum(AppointmentStatus),
  startsAt: instant,
  endsAt: instant,
  practiceId: z.uuid().nullable().describe("The practice (location) it takes place at"),
  noShowExcused: z.boolean().nullable().describe("For NO_SHOW: whether it was excused"),
  patient: z.strictObject({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
  motive: z.strictObject({ id: z.uuid(), name: z.string() }),
});

export const practiceAppointmentResponseSchema = z.strictObject({
  appointment: practiceAppointmentSchema,
});

export const PRACTICE_SESSION_NOTE =
  "For a practitioner, or a secretary with a grant on the agenda (MANAGE to change it: a VIEW grant gets 403). Another practice's appointment, patient or practice is a 404.";
