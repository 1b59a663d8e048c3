import { z } from "zod";

// Inputs of booking, cancelling and rescheduling. Client-safe: forms and the API share them.

const uuid = (message: string) => z.uuid({ error: message });

// An instant with its offset ("2026-03-03T14:30:00+01:00" or "…Z"): a local time without a
// zone would be ambiguous across daylight-saving changes.
export const instantSchema = z
  .string({ error: "booking.errors.startsAtRequired" })
  .pipe(z.iso.datetime({ offset: true, error: "booking.errors.startsAtInvalid" }))
  .transform((value) => new Date(value));

export const bookAppointmentInputSchema = z.strictObject({
  practitionerId: uuid("booking.errors.practitionerUnknown"),
  motiveId: uuid("booking.errors.motiveRequired"),
  patientId: uuid("booking.errors.patientRequired"),
  startsAt: instantSchema,
});
export type BookAppointmentInput = z.output<typeof bookAppointmentInputSchema>;

export const rescheduleAppointmentInputSchema = z.strictObject({
  startsAt: instantSchema,
});
export type RescheduleAppointmentInput = z.output<typeof rescheduleAppointmentInputSchema>;

// Chosen by the client, unique per attempt; scoped to the user, so keys cannot collide
// across accounts.
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
export const idempotencyKeySchema = z.string().regex(IDEMPOTENCY_KEY_PATTERN);
