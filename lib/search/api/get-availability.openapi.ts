import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { availabilityQuerySchema, practitionerSlugParams } from "@/lib/practitioners/schemas";
import { isoDate, isoInstant } from "./shared-schemas";

export const slotsResponseSchema = z.strictObject({
  timeZone: z.string(),
  from: isoDate,
  to: isoDate,
  motive: z
    .strictObject({ id: z.string(), name: z.string(), durationMinutes: z.number().int() })
    .nullable(),
  slots: z.array(
    z.strictObject({
      start: isoInstant.describe("startsAt when booking"),
      end: isoInstant,
      practiceId: z.string(),
    }),
  ),
});

export const getAvailabilityOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioners/{slug}/availability",
  operationId: "getAvailability",
  tag: "Search",
  summary: "A practitioner's free slots",
  description:
    "Free slots for one motive (the shortest by default) between two days of the practitioner's calendar, at most 31 days apart.",
  session: false,
  params: practitionerSlugParams,
  query: availabilityQuerySchema,
  response: { status: 200, description: "The free slots", schema: slotsResponseSchema },
});
