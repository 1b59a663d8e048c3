import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { pageSchema, personNameSchema } from "@/lib/patients/schemas";
import { PRACTITIONER_TITLES, TIME_ZONES } from "./options";

// Admin management of practitioner accounts, parsed on the server (forms use ./options).

type TimeZone = keyof typeof TIME_ZONES;
const TIME_ZONE_IDS = Object.keys(TIME_ZONES) as [TimeZone, ...TimeZone[]];

export const practitionerDetailsSchema = z.strictObject({
  title: z.enum(PRACTITIONER_TITLES, { error: "admin.errors.title" }),
  firstName: personNameSchema,
  lastName: personNameSchema,
  specialtyId: z.uuid({ error: "admin.errors.specialtyMissing" }),
  timeZone: z.enum(TIME_ZONE_IDS, { error: "admin.errors.timeZone" }),
});
export type PractitionerDetails = z.output<typeof practitionerDetailsSchema>;

export const newPractitionerSchema = practitionerDetailsSchema.extend({
  // The sign-in rule: the practitioner signs in with this address.
  email: emailSchema,
});
export type NewPractitioner = z.output<typeof newPractitionerSchema>;

export const VERIFICATION_FILTERS = ["all", "verified", "unverified"] as const;
export type VerificationFilter = (typeof VERIFICATION_FILTERS)[number];

// The list's address speaks French (?statut=non-verifies&page=2).
export const STATUS_PARAMS: Record<VerificationFilter, string | undefined> = {
  all: undefined,
  verified: "verifies",
  unverified: "non-verifies",
};
const FILTER_OF_PARAM = new Map(
  VERIFICATION_FILTERS.map((filter) => [STATUS_PARAMS[filter], filter] as const),
);

// Anything unexpected shows the first page of everyone.
export const practitionerListQuerySchema = z
  .object({ statut: z.unknown().optional(), page: pageSchema })
  .transform(({ statut, page }) => ({
    status: FILTER_OF_PARAM.get(typeof statut === "string" ? statut : undefined) ?? "all",
    page,
  }));

export const verificationInputSchema = z.strictObject({
  verified: z.enum(["true", "false"]).transform((value) => value === "true"),
});
