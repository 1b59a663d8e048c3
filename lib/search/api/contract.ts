import { z } from "zod";
import { availabilityQueryShape } from "@/lib/practitioners/schemas";
import { SEARCH_SORTS, searchQueryShape } from "../schemas";
import { placesQueryShape } from "./places-query";

// The public JSON API (/api/v1), declared once: route handlers parse with these shapes,
// presenters are typed by these responses, /api/v1/openapi.json is generated from this
// list, and a test calls every operation and checks its answers against it. Client-safe.
// Strict objects throughout: a field nobody documented (personal data, say) fails the
// contract test instead of passing unnoticed, and the document says additionalProperties
// false.

const isoInstant = z
  .string()
  .describe(
    "Instant ISO 8601 avec le décalage du fuseau du praticien, p. ex. 2026-12-01T09:00:00+01:00",
  );
const isoDate = z.string().describe("Jour du calendrier du praticien, AAAA-MM-JJ");

const specialty = z.strictObject({ slug: z.string(), name: z.string() });
const title = z.enum(["DR", "PR", "NONE"]);
const conventionSector = z.enum(["SECTOR_1", "SECTOR_2", "NON_CONVENTIONED"]);

const placeSchema = z.strictObject({
  code: z.string().describe("Code INSEE de la commune"),
  name: z.string(),
  label: z.string().describe("Libellé à renvoyer tel quel dans le paramètre place"),
  postcodes: z.array(z.string()),
  latitude: z.number(),
  longitude: z.number(),
  approximate: z.boolean().describe("Position approchée (centre des communes voisines)"),
});

const specialtiesResponseSchema = z.strictObject({
  specialties: z.array(specialty.extend({ synonyms: z.array(z.string()) })),
});

const placesResponseSchema = z.strictObject({ places: z.array(placeSchema) });

const practice = z.strictObject({
  name: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
});

export const searchResponseSchema = z.strictObject({
  place: placeSchema.nullable(),
  radiusKm: z.number().nullable(),
  sort: z.enum(SEARCH_SORTS),
  matchedSpecialties: z.array(specialty).describe("Spécialités reconnues dans q"),
  total: z.number().int(),
  truncated: z
    .boolean()
    .describe("Trop de résultats : seule une partie est classée, précisez un lieu"),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  results: z.array(
    z.strictObject({
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

export const profileResponseSchema = z.strictObject({
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
      id: z.string(),
      phone: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
      openingHours: z.array(
        z.strictObject({
          weekday: z.number().int().describe("1 = lundi … 7 = dimanche"),
          start: z.string().describe("HH:MM, heure locale"),
          end: z.string(),
        }),
      ),
    }),
  ),
  motives: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      durationMinutes: z.number().int(),
      teleconsultation: z.boolean(),
      newPatients: z.boolean(),
      returningPatients: z.boolean(),
    }),
  ),
});

export const slotsResponseSchema = z.strictObject({
  timeZone: z.string(),
  from: isoDate,
  to: isoDate,
  motive: z
    .strictObject({ id: z.string(), name: z.string(), durationMinutes: z.number().int() })
    .nullable(),
  slots: z.array(z.strictObject({ start: isoInstant, end: isoInstant, practiceId: z.string() })),
});

export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    reference: z.string().optional(),
  }),
});

const slugParameter = {
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .describe("Identifiant lisible du praticien, p. ex. dr-claire-martin-paris"),
};

export type ApiOperation = {
  path: string;
  summary: string;
  description?: string;
  pathParameters?: Record<string, z.ZodType>;
  queryParameters: Record<string, z.ZodType>;
  response: z.ZodType;
};

export const API_OPERATIONS = [
  {
    path: "/api/v1/specialties",
    summary: "Spécialités",
    queryParameters: {},
    response: specialtiesResponseSchema,
  },
  {
    path: "/api/v1/places",
    summary: "Suggestions de lieux (communes françaises)",
    queryParameters: placesQueryShape,
    response: placesResponseSchema,
  },
  {
    path: "/api/v1/practitioners",
    summary: "Recherche de praticiens",
    description:
      "Au moins q, specialty ou place. Classement neutre : pertinence du texte, puis le tri choisi, puis l’autre critère, puis le slug.",
    queryParameters: searchQueryShape,
    response: searchResponseSchema,
  },
  {
    path: "/api/v1/practitioners/{slug}",
    summary: "Profil public d’un praticien",
    pathParameters: slugParameter,
    queryParameters: {},
    response: profileResponseSchema,
  },
  {
    path: "/api/v1/practitioners/{slug}/availability",
    summary: "Créneaux libres d’un praticien",
    pathParameters: slugParameter,
    queryParameters: availabilityQueryShape,
    response: slotsResponseSchema,
  },
] as const satisfies readonly ApiOperation[];
