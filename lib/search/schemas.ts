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

// Languages a practitioner may speak (ISO 639-1), named by Intl in the reader's language.
export const SPOKEN_LANGUAGES = ["fr", "en", "es", "de", "it", "ar", "pt", "ru", "zh"] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/**
 * "français, anglais", "French, English", "Französisch, Englisch": the names of stored
 * language codes in `intlLocale` (an unknown code as it is).
 */
export function spokenLanguageNames(codes: readonly string[], intlLocale: string): string[] {
  const names = new Intl.DisplayNames(intlLocale, { type: "language", fallback: "code" });
  return codes.map((code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code; // not a well-formed language code
    }
  });
}

export const SEARCH_SORTS = ["distance", "availability"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

const text = (description: string) =>
  z.preprocess(
    blankAsMissing,
    z
      .string({ error: "search.errors.notText" })
      .trim()
      .max(SEARCH_TEXT_MAX_LENGTH, "search.errors.tooLong")
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
        error: "search.errors.flag",
      })
      .transform((value) => value === "true" || value === "1" || value === "on")
      .optional()
      .describe(description),
  );

export const searchQueryShape = {
  q: text(
    "Specialty or practitioner's name, in French, English or German; accents, case and typos do not matter.",
  ),
  specialty: z.preprocess(
    blankAsMissing,
    z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, "search.errors.specialtyInvalid")
      .optional()
      .describe("A specialty's identifier (slug), see /api/v1/specialties."),
  ),
  place: text("Town, postcode or a label returned by /api/v1/places."),
  radiusKm: whole(
    1,
    MAX_RADIUS_KM,
    "search.errors.radius",
    `Radius around the place, in km (default ${DEFAULT_RADIUS_KM}).`,
  ),
  teleconsultation: flag("Only practitioners who offer video consultations."),
  newPatients: flag("Only practitioners who accept new patients."),
  lang: z.preprocess(
    blankAsMissing,
    z
      .enum(SPOKEN_LANGUAGES, { error: "search.errors.language" })
      .optional()
      .describe("Language spoken (ISO 639-1 code)."),
  ),
  availableWithinDays: whole(
    1,
    MAX_AVAILABLE_WITHIN_DAYS,
    "search.errors.within",
    "Only practitioners with a free slot within this many days.",
  ),
  sort: z.preprocess(
    blankAsMissing,
    z
      .enum(SEARCH_SORTS, { error: "search.errors.sort" })
      .optional()
      .describe("Sort: distance (the default when a place is given) or availability."),
  ),
  page: whole(1, MAX_PAGE, "search.errors.page", "Page (20 results per page)."),
};

// Unknown parameters are the caller's business: the JSON API refuses them (see
// query-parameters.ts), the /recherche page ignores them (a campaign tag, say).
export const searchQuerySchema = z.object(searchQueryShape).superRefine((query, context) => {
  if (query.sort === "distance" && !query.place) {
    context.addIssue({
      code: "custom",
      path: ["sort"],
      message: "search.errors.distanceNeedsPlace",
    });
  }
});

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** A search with nothing to look for would list the whole country: it needs a what or a where. */
export function hasSearchCriteria(query: SearchQuery): boolean {
  return Boolean(query.q || query.specialty || query.place);
}
