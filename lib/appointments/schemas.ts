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

// The JSON API also takes the practitioner by the slug every public answer gives; one of
// the two is needed, and both must then name the same practitioner (book-by-request.ts).
export const bookAppointmentRequestSchema = z
  .strictObject({
    practitionerId: uuid("Praticien inconnu.")
      .optional()
      .describe("The practitioner's id (id of a search result or profile)"),
    practitionerSlug: z
      .string()
      .regex(/^[a-z0-9-]{1,120}$/, "Identifiant de praticien invalide.")
      .optional()
      .describe("Or the practitioner's slug; if both are given they must name the same one"),
    motiveId: uuid("Choisissez un motif.").describe("A motive id of the practitioner's profile"),
    patientId: uuid("Choisissez pour qui est le rendez-vous.").describe(
      "The account holder's or a relative's id, from GET /api/v1/me",
    ),
    startsAt: instantSchema.describe("The start of a free slot, from the availability"),
  })
  .refine((request) => request.practitionerId || request.practitionerSlug, {
    path: ["practitionerId"],
    message: "Indiquez practitionerId ou practitionerSlug.",
  });
export type BookAppointmentRequest = z.output<typeof bookAppointmentRequestSchema>;

export const rescheduleAppointmentInputSchema = z.strictObject({
  startsAt: instantSchema,
});
export type RescheduleAppointmentInput = z.output<typeof rescheduleAppointmentInputSchema>;

// Chosen by the client, unique per attempt; scoped to the user, so keys cannot collide
// across accounts.
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
export const idempotencyKeySchema = z.string().regex(IDEMPOTENCY_KEY_PATTERN);

// The {id} of /api/v1/appointments/{id}/…; a malformed one names nothing (404).
export const appointmentIdParams = z.object({
  id: z.uuid().describe("The appointment's id, as given by the booking or the list"),
});
