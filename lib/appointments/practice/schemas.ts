import { z } from "zod";
import { instantSchema } from "../schemas";

// Inputs of the practice's own actions on its agenda: booking a patient, moving,
// cancelling, marking arrivals and no-shows. Client-safe: forms and the API share them;
// error messages are catalogue keys.

export const PRACTICE_STATUS_TARGETS = ["ARRIVED", "COMPLETED", "NO_SHOW", "BOOKED"] as const;
export type StatusTarget = (typeof PRACTICE_STATUS_TARGETS)[number];

export const statusChangeInputSchema = z.strictObject({
  status: z
    .enum(PRACTICE_STATUS_TARGETS, { error: "appointmentPanel.errors.statusInvalid" })
    .describe(
      "ARRIVED (waiting room), COMPLETED (seen), NO_SHOW, or BOOKED to undo a mark the same day",
    ),
  excused: z
    .boolean({ error: "appointmentPanel.errors.statusInvalid" })
    .optional()
    .describe("For NO_SHOW: whether the patient excused themselves (default false)"),
});
export type StatusChangeInput = z.output<typeof statusChangeInputSchema>;

export const practiceMoveInputSchema = z.strictObject({
  startsAt: instantSchema.describe("Any free start inside opening hours, to the minute"),
});
export type PracticeMoveInput = z.output<typeof practiceMoveInputSchema>;

export const CANCEL_MESSAGE_MAX_LENGTH = 500;

export const practiceCancelInputSchema = z.strictObject({
  message: z
    .string({ error: "appointmentPanel.errors.messageInvalid" })
    .trim()
    .max(CANCEL_MESSAGE_MAX_LENGTH, { error: "appointmentPanel.errors.messageTooLong" })
    .optional()
    .transform((message) => message || undefined)
    .describe("Plain text for the patient, in the cancellation mail (at most 500 characters)"),
});
export type PracticeCancelInput = z.output<typeof practiceCancelInputSchema>;

const NAME_MAX_LENGTH = 100;
const personName = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .max(NAME_MAX_LENGTH, { error: "practiceBooking.errors.nameTooLong" });

export const newPatientSchema = z.strictObject({
  firstName: personName("practiceBooking.errors.firstNameRequired"),
  lastName: personName("practiceBooking.errors.lastNameRequired"),
  birthDate: z.iso
    .date({ error: "practiceBooking.errors.birthDateInvalid" })
    .refine((date) => date >= "1900-01-01" && new Date(date) <= new Date(), {
      error: "practiceBooking.errors.birthDateInvalid",
    })
    .optional()
    .describe("YYYY-MM-DD"),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{6,30}$/, { error: "practiceBooking.errors.phoneInvalid" })
    .optional(),
  email: z.email({ error: "practiceBooking.errors.emailInvalid" }).max(254).optional(),
});
export type NewPatientInput = z.output<typeof newPatientSchema>;

const uuid = (key: string) => z.uuid({ error: key });

export const practiceBookingInputSchema = z
  .strictObject({
    startsAt: instantSchema.describe("Any free start inside opening hours, to the minute"),
    motiveId: uuid("practiceBooking.errors.motiveRequired").describe(
      "One of the practitioner's motives",
    ),
    practiceId: uuid("practiceBooking.errors.practiceUnknown")
      .optional()
      .describe("The practice (location) whose hours must hold the time; default: whichever does"),
    patientId: uuid("practiceBooking.errors.patientRequired")
      .optional()
      .describe("One of this practitioner's own patients"),
    newPatient: newPatientSchema
      .optional()
      .describe("Or a new patient record without an account, kept by this practice"),
  })
  .refine((input) => (input.patientId === undefined) !== (input.newPatient === undefined), {
    path: ["patientId"],
    error: "practiceBooking.errors.patientRequired",
  });
export type PracticeBookingInput = z.output<typeof practiceBookingInputSchema>;

// The {id} of /api/v1/practitioner/appointments/{id}/…; a malformed one names nothing (404).
export const practiceAppointmentIdParams = z.object({
  id: z.uuid().describe("The appointment's id, from the agenda"),
});
