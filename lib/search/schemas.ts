import { z } from "zod";
import { blankAsMissing } from "@/lib/utils/form-fields";

// What a search may ask, parsed once at the edge (the JSON API and the /recherche page share
// it). Client-safe. Every text is capped before anything else looks at it, so a 5,000-
// character query costs a length check and nothing more.

export const SEARCH_TEXT_MAX_LENGTH = 100;
export const PAGE_SIZE = 20;
// Past page 50 (1,000 results) nobody is browsing; refusing keeps OFFSET cheap.
const MAX_PAGE = 50;
export const DEFAULT_RADIUS_KM = 10;
export const MAX_RADIUS_KM = 100;
export const RADIUS_CHOICES_KM = [2, 5, 10, 20, 50, 100] as const;
export const AVAILABLE_WITHIN_CHOICES = [1, 3, 7, 14] as const;
const MAX_AVAILABLE_WITHIN_DAYS = 14;

export const SPOKEN_LANGUAGES = {
  fr: "français",
  en: "anglais",
  es: "espagnol",
  de: "allemand",
  it: "italien",
  ar: "arabe",
  pt: "portugais",
  ru: "russe",
  zh: "chinois",
} as const;
export type SpokenLanguage = keyof typeof SPOKEN_LANGUAGES;

/** "français, anglais": the names of stored language codes (an unknown code as it is). */
export function spokenLanguageNames(codes: readonly string[]): string[] {
  return codes.map((code) => SPOKEN_LANGUAGES[code as SpokenLanguage] ?? code);
}

export const SEARCH_SORTS = ["distance", "availability"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

const text = (description: string) =>
  z.preprocess(
    blankAsMissing,
    z
      .string({ error: "Ce paramètre doit être un texte (une seule fois)." })
      .trim()
      .max(SEARCH_TEXT_MAX_LENGTH, `${SEARCH_TEXT_MAX_LENGTH} caractères au plus.`)
      .optional()
      .describe(description),
  );

const whole = (min: number, max: number, message: string, description: string) =>
  z.preprocess(
    blankAsMissing,
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message })
      .optional()
      .describe(description),
  );

const flag = (description: string) =>
  z.preprocess(
    blankAsMissing,
    z
      .enum(["true", "false", "1", "0", "on"], {
        error: "Valeur attendue : true ou false.",
      })
      .transform((value) => value === "true" || value === "1" || value === "on")
      .optional()
      .describe(description),
  );

export const searchQueryShape = {
  q: text("Specialty or practitioner name; insensitive to accents and typos."),
  specialty: z.preprocess(
    blankAsMissing,
    z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, "Identifiant de spécialité invalide.")
      .optional()
      .describe("A specialty slug, see /api/v1/specialties."),
  ),
  place: text("Town, postcode or a label returned by /api/v1/places."),
  radiusKm: whole(
    1,
    MAX_RADIUS_KM,
    `Le rayon doit être un nombre entier de 1 à ${MAX_RADIUS_KM} km.`,
    `Radius around the place, in km (default ${DEFAULT_RADIUS_KM}).`,
  ),
  teleconsultation: flag("Only practitioners who offer teleconsultation."),
  newPatients: flag("Only practitioners who accept new patients."),
  lang: z.preprocess(
    blankAsMissing,
    z
      .enum(Object.keys(SPOKEN_LANGUAGES) as [SpokenLanguage, ...SpokenLanguage[]], {
        error: "Langue inconnue.",
      })
      .optional()
      .describe("Spoken language (ISO 639-1 code)."),
  ),
  availableWithinDays: whole(
    1,
    MAX_AVAILABLE_WITHIN_DAYS,
    `Le délai doit être un nombre entier de 1 à ${MAX_AVAILABLE_WITHIN_DAYS} jours.`,
    "Only practitioners with a free slot within this many days.",
  ),
  sort: z.preprocess(
    blankAsMissing,
    z
      .enum(SEARCH_SORTS, { error: "Tri inconnu : distance ou availability." })
      .optional()
      .describe("Sort: distance (the default when a place is given) or availability."),
  ),
  page: whole(
    1,
    MAX_PAGE,
    `La page doit être un nombre entier de 1 à ${MAX_PAGE}.`,
    "Page (20 results per page).",
  ),
};

// Unknown parameters are the caller's business: the JSON API refuses them (see
// query-parameters.ts), the /recherche page ignores them (a campaign tag, say).
export const searchQuerySchema = z.object(searchQueryShape).superRefine((query, context) => {
  if (query.sort === "distance" && !query.place) {
    context.addIssue({
      code: "custom",
      path: ["sort"],
      message: "Le tri par distance demande un lieu (place).",
    });
  }
});

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** A search with nothing to look for would list the whole country: it needs a what or a where. */
export function hasSearchCriteria(query: SearchQuery): boolean {
  return Boolean(query.q || query.specialty || query.place);
}
