import { z } from "zod";
import { blankAsMissing } from "@/lib/utils/form-fields";

// Query parameters of GET /api/v1/practitioners/{slug}/availability. Client-safe.

export const MAX_AVAILABILITY_RANGE_DAYS = 31;
export const DEFAULT_AVAILABILITY_RANGE_DAYS = 7;

const isoDate = (description: string) =>
  z.preprocess(
    blankAsMissing,
    z.iso.date({ error: "practitioner.errors.dateFormat" }).optional().describe(description),
  );

export const availabilityQueryShape = {
  from: isoDate(
    "First day (YYYY-MM-DD, in the practitioner's time zone); default: today. No slot starts before now: a window wholly in the past is answered 200 with no slots.",
  ),
  to: isoDate(
    `Last day included (YYYY-MM-DD); default: ${DEFAULT_AVAILABILITY_RANGE_DAYS} days in all, ${MAX_AVAILABILITY_RANGE_DAYS} at most.`,
  ),
  motive: z.preprocess(
    blankAsMissing,
    z
      .uuid({ error: "practitioner.errors.motiveInvalid" })
      .optional()
      .describe("Reason for visit (id); default: the shortest, whose grid is the finest."),
  ),
};

export const availabilityQuerySchema = z
  .object(availabilityQueryShape)
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "practitioner.errors.endBeforeStart",
  });

export type AvailabilityQuery = z.output<typeof availabilityQuerySchema>;

// The {slug} of /api/v1/practitioners/{slug}/…; a malformed one names nobody (404).
export const practitionerSlugParams = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .describe("The practitioner's readable identifier, e.g. dr-claire-martin-paris"),
});
