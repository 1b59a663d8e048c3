import { z } from "zod";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { BOOKED_BY } from "../booked-by";

// The answers of the practice's agenda operations of /api/v1. Client-safe.

const instant = z.string().describe("ISO 8601 instant (UTC)");

export const practiceAppointmentsResponseSchema = z.strictObject({
  appointments: z
    .array(
      z.strictObject({
        id: z.uuid(),
        startsAt: instant,
        endsAt: instant,
        status: z.enum(AppointmentStatus),
        patient: z.strictObject({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
        motive: z.strictObject({ id: z.uuid(), name: z.string() }),
        practiceId: z.uuid().nullable(),
        bookedBy: z
          .enum(BOOKED_BY)
          .describe(
            "PATIENT online, RELATIVE (another account booked for them), PRACTICE, or UNKNOWN",
          ),
      }),
    )
    .describe("In start order, cancelled ones included"),
});

export const ownPatientsResponseSchema = z.strictObject({
  patients: z
    .array(
      z.strictObject({
        id: z.uuid(),
        firstName: z.string(),
        lastName: z.string(),
        birthDate: z.string().nullable().describe("YYYY-MM-DD"),
        phone: z.string().nullable(),
      }),
    )
    .describe("At most 20, by last name"),
});

export const agendaVersionResponseSchema = z.strictObject({
  version: z.string().describe("Changes whenever an appointment or absence in the range does"),
});
