import { z } from "zod";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { IDEMPOTENCY_KEY_PATTERN } from "../schemas";

// The answers of the appointment operations of /api/v1; integration tests check every
// answer against them. Client-safe.

const instant = z.string().describe("ISO 8601 instant (UTC)");

export const appointmentSchema = z.strictObject({
  id: z.uuid(),
  status: z.enum(AppointmentStatus),
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string().describe("The practitioner's IANA time zone: show times in it"),
  changeableUntil: instant.describe("Until when it can be cancelled or moved online"),
  rescheduledFromId: z.uuid().nullable(),
  cancelledByPractice: z
    .boolean()
    .describe("True when the practice cancelled it (not the patient's account)"),
  practitioner: z.strictObject({ id: z.uuid(), slug: z.string(), name: z.string() }),
  location: z
    .strictObject({ address: z.string(), postcode: z.string(), city: z.string() })
    .nullable(),
  patient: z.strictObject({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    isAccountHolder: z.boolean(),
  }),
  motive: z.strictObject({ id: z.uuid(), name: z.string() }),
});

export const appointmentResponseSchema = z.strictObject({ appointment: appointmentSchema });

export const myAppointmentsResponseSchema = z.strictObject({
  upcoming: z.array(appointmentSchema).describe("Booked and ahead, soonest first"),
  past: z.array(appointmentSchema).describe("Past or cancelled, latest first"),
});

export const slotTakenResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.literal("SLOT_TAKEN"),
    message: z.string(),
    nextSlots: z.array(z.strictObject({ startsAt: instant, endsAt: instant })),
  }),
});

export function idempotencyKeyHeader(required: boolean) {
  return {
    "Idempotency-Key": {
      required,
      description: "Chosen by the client, unique per attempt, scoped to the account",
      schema: z.string().regex(IDEMPOTENCY_KEY_PATTERN),
    },
  };
}
