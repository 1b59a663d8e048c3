import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { practitionerSlugParams } from "@/lib/practitioners/schemas";
import { conventionSector, practice, practitionerId, specialty, title } from "./shared-schemas";

export const profileResponseSchema = z.strictObject({
  id: practitionerId,
  slug: z.string(),
  name: z.string(),
  title,
  firstName: z.string(),
  lastName: z.string(),
  bio: z.string().nullable(),
  specialty,
  languages: z.array(z.string()),
  acceptsNewPatients: z.boolean(),
  conventionSector,
  fees: z.strictObject({
    minCents: z.number().int().nullable(),
    maxCents: z.number().int().nullable(),
  }),
  timeZone: z.string(),
  practices: z.array(
    practice.extend({
      phone: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
      openingHours: z.array(
        z.strictObject({
          weekday: z.number().int().describe("1 = Monday … 7 = Sunday"),
          start: z.string().describe("HH:MM, local time"),
          end: z.string(),
        }),
      ),
    }),
  ),
  motives: z.array(
    z.strictObject({
      id: z.uuid().describe("motiveId when booking"),
      name: z.string(),
      durationMinutes: z.number().int(),
      teleconsultation: z.boolean(),
      newPatients: z.boolean(),
      returningPatients: z.boolean(),
    }),
  ),
});

export const getPractitionerOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioners/{slug}",
  operationId: "getPractitioner",
  tag: "Search",
  summary: "A practitioner's public profile",
  description:
    "A practitioner who is missing, unverified or whose slug is malformed gets the same 404.",
  session: false,
  params: practitionerSlugParams,
  query: z.object({}),
  response: { status: 200, description: "The profile", schema: profileResponseSchema },
});
