import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { resolvePlace, suggestPlaces, type Place } from "@/lib/places/communes";
import {
  getPractitionerCards,
  type PractitionerCard,
} from "@/lib/practitioners/get-practitioner-cards";
import { MS_PER_DAY } from "@/lib/utils/zoned-time";
import { matchSearchText, type MatchedText } from "./match-search-text";
import { findCandidates, findSpecialtyIdBySlug, type CandidateRow } from "./queries";
import { rankCandidates } from "./ranking";
import {
  DEFAULT_RADIUS_KM,
  hasSearchCriteria,
  PAGE_SIZE,
  type SearchQuery,
  type SearchSort,
} from "./schemas";
import { upcomingDays, type SummaryDay } from "./summaries/build-summary";
import { findSummaries } from "./summaries/queries";
import { refreshSummaries, type FreshSummary } from "./summaries/refresh-summaries";

// Practitioner search: public data only, so no actor; only verified practitioners appear.
// Search values are never logged or stored: this module writes nothing but the
// availability summaries, which hold no trace of who searched what.

// A what-and-where search stays far below this; a nationwide "généraliste" is told to
// name a place rather than being ranked on an arbitrary part of the country.
export const MAX_CANDIDATES = 5000;

export type SearchResult = PractitionerCard & {
  distanceMeters: number | null;
  nextFreeDays: SummaryDay[];
};

export type SearchOutcome =
  | { kind: "needs-criteria" }
  | { kind: "unknown-place"; suggestions: Place[] }
  | { kind: "unknown-specialty" }
  | {
      kind: "results";
      place: Place | null;
      radiusKm: number | null;
      sort: SearchSort;
      matchedSpecialties: MatchedText["specialties"];
      total: number;
      /** More than MAX_CANDIDATES matched: the ranking covers only some of them. */
      truncated: boolean;
      page: number;
      pageCount: number;
      results: SearchResult[];
    };

export async function searchPractitioners(
  query: SearchQuery,
  now: Date = new Date(),
  /** The reader's language: names of specialties (the text itself may be in any). */
  locale: Locale = DEFAULT_LOCALE,
): Promise<SearchOutcome> {
  if (!hasSearchCriteria(query)) return { kind: "needs-criteria" };
  const place = query.place ? resolvePlace(query.place) : null;
  if (query.place && !place)
    return { kind: "unknown-place", suggestions: suggestPlaces(query.place) };
  const [specialtyId, text] = await Promise.all([
    query.specialty ? findSpecialtyIdBySlug(query.specialty) : null,
    query.q ? matchSearchText(query.q, locale) : null,
  ]);
  if (query.specialty && !specialtyId) return { kind: "unknown-specialty" };
  // "--" or "de la" alone: nothing to look for after all.
  if (!text && !place && !specialtyId) return { kind: "needs-criteria" };

  const radiusKm = place ? (query.radiusKm ?? DEFAULT_RADIUS_KM) : null;
  const found = await findCandidates({
    match: text?.match ?? null,
    specialtyId,
    centre: place && radiusKm ? { ...place, radiusMeters: radiusKm * 1000 } : null,
    teleconsultation: query.teleconsultation ?? false,
    newPatients: query.newPatients ?? false,
    language: query.lang ?? null,
    now,
    limit: MAX_CANDIDATES + 1,
  });
  const candidates = found.slice(0, MAX_CANDIDATES);
  // The next free slot orders and filters every candidate, so stale ones are brought up to
  // date first (in steady state a handful; after a bulk import, see refreshAllStaleSummaries).
  const stale = candidates.filter((candidate) => !candidate.summaryFresh);
  const refreshed = await refreshSummaries(
    stale.map((candidate) => candidate.id),
    now,
  );
  const current: CandidateRow[] = candidates.map((candidate) => {
    const summary = refreshed.get(candidate.id);
    if (!summary) return candidate;
    const [nextStart] = upcomingDays(summary, summary.minNoticeMinutes, now)[0]?.starts ?? [];
    return { ...candidate, nextFreeAt: nextStart ? new Date(nextStart) : null };
  });

  const sort = query.sort ?? (place ? "distance" : "availability");
  const within = query.availableWithinDays;
  const ranked = rankCandidates(current, text?.match ?? null, sort).filter(
    (candidate) =>
      within === undefined ||
      (candidate.nextFreeAt !== null &&
        candidate.nextFreeAt.getTime() < now.getTime() + within * MS_PER_DAY),
  );
  const page = query.page ?? 1;
  const shown = ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    kind: "results",
    place,
    radiusKm,
    sort,
    matchedSpecialties: text?.specialties ?? [],
    total: ranked.length,
    truncated: found.length > MAX_CANDIDATES,
    page,
    pageCount: Math.max(1, Math.ceil(ranked.length / PAGE_SIZE)),
    results: await describeResults(shown, refreshed, now, locale),
  };
}

async function describeResults(
  shown: CandidateRow[],
  refreshed: Map<string, FreshSummary>,
  now: Date,
  locale: Locale,
): Promise<SearchResult[]> {
  const ids = shown.map((candidate) => candidate.id);
  const storedIds = ids.filter((id) => !refreshed.has(id));
  const [cards, stored] = await Promise.all([
    getPractitionerCards(ids, locale),
    findSummaries(storedIds),
  ]);
  const summaryOf = new Map<string, { firstDayStarts: Date[]; days: SummaryDay[] }>([
    ...refreshed,
    ...stored.map((summary) => [summary.practitionerId, summary] as const),
  ]);
  const distanceOf = new Map(shown.map((candidate) => [candidate.id, candidate.distanceMeters]));
  return cards.map((card) => {
    const summary = summaryOf.get(card.id);
    return {
      ...card,
      distanceMeters: distanceOf.get(card.id) ?? null,
      nextFreeDays: summary ? upcomingDays(summary, card.minNoticeMinutes, now) : [],
    };
  });
}
