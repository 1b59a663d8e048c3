import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { SEARCH_SORTS, searchQuerySchema } from "../schemas";
import {
  conventionSector,
  isoDate,
  isoInstant,
  placeSchema,
  practice,
  practitionerId,
  specialty,
  title,
} from "./shared-schemas";

export const searchResponseSchema = z.strictObject({
  place: placeSchema.nullable(),
  radiusKm: z.number().nullable(),
  sort: z.enum(SEARCH_SORTS),
  matchedSpecialties: z.array(specialty).describe("Specialties recognised in q"),
  total: z.number().int(),
  truncated: z.boolean().describe("Too many results: only some are ranked; give a place"),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  results: z.array(
    z.strictObject({
      id: practitionerId,
      slug: z.string(),
      name: z.string(),
      title,
      firstName: z.string(),
      lastName: z.string(),
      specialty,
      languages: z.array(z.string()),
      acceptsNewPatients: z.boolean(),
      teleconsultation: z.boolean(),
      conventionSector,
      practices: z.array(practice),
      distanceKm: z.number().nullable(),
      timeZone: z.string(),
      nextFreeDays: z.array(z.strictObject({ date: isoDate, starts: z.array(isoInstant) })),
      profileUrl: z.string(),
    }),
  ),
});

export const searchPractitionersOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioners",
  operationId: "searchPractitioners",
  tag: "Search",
  summary: "Search verified practitioners",
  description:
    "Needs at least q, specialty or place. Neutral ranking: text relevance, then the chosen sort, then the other criterion, then the slug. Nobody can pay to rank higher.",
  session: false,
  query: searchQuerySchema,
  response: { status: 200, description: "One page of results", schema: searchResponseSchema },
});
