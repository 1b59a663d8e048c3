import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SpecialtyNames } from "@/lib/practitioners/specialty-name";
import type { TextMatch } from "./interpret-search-text";
import type { Candidate } from "./ranking";
import type { SpokenLanguage } from "./schemas";

// Raw SQL: trigram similarity, earthdistance and the availability summaries are beyond
// Prisma's query builder. Every value is a bound parameter (Prisma.sql), never spliced.
// Index-backed paths (search_indexes and search_points migrations): names through the
// trigram index on praxis_unaccent(lower(first_name || ' ' || last_name)) — repeated
// verbatim below —, places through the GiST index of practice_search_points on
// (specialty_id, ll_to_earth(latitude, longitude)).

const FOLDED_NAME = Prisma.sql`praxis_unaccent(lower(p.first_name || ' ' || p.last_name))`;

/**
 * Word similarity of each text with each specialty's names and synonyms in every language
 * ("Hautarzt" and "dermatologist" mean dermatologue wherever they are typed), both ways
 * round ("dermato" inside "dermatologue", "cardiologue" inside "cardiologue martin"), best
 * per specialty. Eighteen specialties of a few dozen terms each: cheap whatever the data
 * size, and off the practice_search_points hot path.
 */
export async function scoreSpecialtyTerms(texts: readonly string[]): Promise<
  {
    specialtyId: string;
    slug: string;
    names: SpecialtyNames;
    textIndex: number;
    score: number;
  }[]
> {
  const rows = await db.$queryRaw<
    {
      specialty_id: string;
      slug: string;
      name_fr: string;
      name_en: string;
      name_de: string;
      text_index: number;
      score: number;
    }[]
  >`
    SELECT t.id AS specialty_id, t.slug, t.name_fr, t.name_en, t.name_de,
      (x.ordinality - 1)::int AS text_index,
      max(greatest(word_similarity(x.text, t.term), word_similarity(t.term, x.text)))::float8 AS score
    FROM (
      SELECT s.id, s.slug, s.name_fr, s.name_en, s.name_de, praxis_unaccent(lower(term)) AS term
      FROM specialties s CROSS JOIN LATERAL unnest(
        ARRAY[s.name_fr, s.name_en, s.name_de] || s.synonyms
          || coalesce(s.synonyms_en, '{}') || coalesce(s.synonyms_de, '{}')
      ) AS term
    ) t
    CROSS JOIN unnest(${[...texts]}::text[]) WITH ORDINALITY AS x(text, ordinality)
    GROUP BY t.id, t.slug, t.name_fr, t.name_en, t.name_de, x.ordinality`;
  return rows.map((row) => ({
    specialtyId: row.specialty_id,
    slug: row.slug,
    names: { nameFr: row.name_fr, nameEn: row.name_en, nameDe: row.name_de },
    textIndex: row.text_index,
    score: row.score,
  }));
}

export async function findSpecialtyIdBySlug(slug: string): Promise<string | null> {
  const specialty = await db.specialty.findUnique({ where: { slug }, select: { id: true } });
  return specialty?.id ?? null;
}

type CandidateFilters = {
  match: TextMatch | null;
  specialtyId: string | null;
  centre: { latitude: number; longitude: number; radiusMeters: number } | null;
  teleconsultation: boolean;
  newPatients: boolean;
  language: SpokenLanguage | null;
  now: Date;
  limit: number;
};

export type CandidateRow = Candidate & {
  /** The summary is up to date: no change since it was computed and not expired. */
  summaryFresh: boolean;
};

type CandidateRecord = {
  id: string;
  slug: string;
  specialty_score: number;
  name_score: number;
  distance_m: number | null;
  next_free_at: Date | null;
  summary_fresh: boolean;
};

/** Verified practitioners matching the filters, with what ranking needs; at most `limit`. */
export async function findCandidates(filters: CandidateFilters): Promise<CandidateRow[]> {
  const rows = await db.$queryRaw<CandidateRecord[]>(candidatesSql(filters));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    specialtyScore: row.specialty_score,
    nameScore: row.name_score,
    distanceMeters: row.distance_m,
    nextFreeAt: row.next_free_at,
    summaryFresh: row.summary_fresh,
  }));
}

/** The statement behind findCandidates, exported so that the benchmark can EXPLAIN it. */
export function candidatesSql(filters: CandidateFilters): Prisma.Sql {
  const { match, centre, now } = filters;
  const specialties = match && match.kind !== "name" ? match.specialties : [];
  return Prisma.sql`
    WITH named AS MATERIALIZED (${match ? namesLike(match.name) : Prisma.sql`SELECT NULL::uuid AS id, 0 AS score WHERE false`}),
    near AS (${centre ? practicesNear(centre, pointsWanted(filters)) : Prisma.sql`SELECT NULL::uuid AS practitioner_id, NULL::float8 AS distance_m WHERE false`})
    SELECT p.id, p.slug,
      coalesce(matched.score, 0)::float8 AS specialty_score,
      coalesce(named.score, 0)::float8 AS name_score,
      ${centre ? Prisma.sql`near.distance_m` : Prisma.sql`NULL`}::float8 AS distance_m,
      (SELECT min(start) FROM unnest(summary.first_day_starts) AS start
        WHERE start >= ${now}::timestamptz + make_interval(mins => p.min_notice_minutes)) AS next_free_at,
      coalesce(summary.computed_version = summary.version AND summary.valid_until > ${now}, false)
        AS summary_fresh
    FROM ${candidateSource(
      match,
      centre !== null,
      specialties.map((s) => s.specialtyId),
    )}
    LEFT JOIN unnest(${specialties.map((s) => s.specialtyId)}::uuid[], ${specialties.map((s) => s.score)}::float8[])
      AS matched(id, score) ON matched.id = p.specialty_id
    LEFT JOIN practitioner_availability_summaries summary ON summary.practitioner_id = p.id
    WHERE p.verified AND ${textCondition(match)}
      ${filters.specialtyId ? Prisma.sql`AND p.specialty_id = ${filters.specialtyId}::uuid` : Prisma.empty}
      ${filters.newPatients ? Prisma.sql`AND p.accepts_new_patients` : Prisma.empty}
      ${filters.language ? Prisma.sql`AND ${filters.language} = ANY (p.languages)` : Prisma.empty}
      ${filters.teleconsultation ? offersTeleconsultation : Prisma.empty}
    LIMIT ${filters.limit}`;
}

// Where candidates come from, so that every search starts from an index: the practices
// near the place when there is one, else the names found by the trigram index, else those
// and the practitioners of the matched specialties (a specialty alone: its index). The
// `named` rows are joined in every case, for their score.
function candidateSource(
  match: TextMatch | null,
  nearPlace: boolean,
  specialtyIds: string[],
): Prisma.Sql {
  if (nearPlace) {
    return Prisma.sql`near JOIN practitioners p ON p.id = near.practitioner_id
      LEFT JOIN named ON named.id = p.id`;
  }
  if (match !== null && match.kind !== "specialty-or-name") {
    return Prisma.sql`named ${practitionerOf("named")}`;
  }
  return Prisma.sql`(
      SELECT id FROM practitioners WHERE verified AND specialty_id = ANY (${specialtyIds}::uuid[])
      UNION SELECT id FROM named
    ) wanted ${practitionerOf("wanted")}
    LEFT JOIN named ON named.id = p.id`;
}

// A primary-key look-up per found id. Guessing how many rows a CTE yields, the planner
// would rather hash the whole practitioners table; OFFSET 0 keeps this subquery apart, so
// a few hundred index look-ups it stays.
function practitionerOf(source: "named" | "wanted"): Prisma.Sql {
  return Prisma.sql`JOIN LATERAL (
      SELECT * FROM practitioners WHERE id = ${Prisma.raw(source)}.id OFFSET 0
    ) p ON true`;
}

// Names through the trigram index (similarity computed once, for those rows only), rather
// than comparing every practitioner near the place with the text. Two index operators,
// each with pg_trgm's default threshold: word similarity ≥ 0.6 catches a name being typed
// ("lefe", "martn"), strict word similarity ≥ 0.5 a whole name spelt another way
// ("lefevre" for Lefebvre, "moureau" for Moreau).
function namesLike(name: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id,
      greatest(word_similarity(${name}, ${FOLDED_NAME}), strict_word_similarity(${name}, ${FOLDED_NAME}))
        AS score
    FROM practitioners p
    WHERE p.verified AND (${name} <% ${FOLDED_NAME} OR ${name} <<% ${FOLDED_NAME})`;
}

function textCondition(match: TextMatch | null): Prisma.Sql {
  if (match === null) return Prisma.sql`TRUE`;
  const specialtyMatches = Prisma.sql`matched.id IS NOT NULL`;
  switch (match.kind) {
    case "name":
      return Prisma.sql`named.id IS NOT NULL`;
    case "specialty-and-name":
      return Prisma.sql`${specialtyMatches} AND named.id IS NOT NULL`;
    case "specialty-or-name":
      return Prisma.sql`(${specialtyMatches} OR named.id IS NOT NULL)`;
  }
}

// Which practices near the place can hold a candidate: those of the specialty asked for,
// else of the specialties the text names and of the practitioners it names, else all.
type PointsWanted = { specialtyIds: string[] | "all"; named: boolean };

function pointsWanted({ match, specialtyId }: CandidateFilters): PointsWanted {
  if (specialtyId) return { specialtyIds: [specialtyId], named: false };
  if (match === null) return { specialtyIds: "all", named: false };
  if (match.kind !== "specialty-or-name") return { specialtyIds: [], named: true };
  return { specialtyIds: match.specialties.map((s) => s.specialtyId), named: true };
}

// Nearest practice of each practitioner within the radius: the box test uses the GiST
// index (one index scan per specialty: GiST cannot take `= ANY`), the exact distance then
// trims the box's corners. That distance is the haversine formula on earthdistance's
// sphere (the same great-circle distance as earth_distance, to a nanometre) written out in
// plain arithmetic: five times cheaper per practice than going through ll_to_earth's cubes.
const EARTH_RADIUS_METERS = 6378168;

function practicesNear(
  centre: NonNullable<CandidateFilters["centre"]>,
  wanted: PointsWanted,
): Prisma.Sql {
  const { latitude, longitude, radiusMeters } = centre;
  const inBox = Prisma.sql`earth_box(ll_to_earth(${latitude}::float8, ${longitude}::float8), ${radiusMeters}::float8)
    @> ll_to_earth(pt.latitude, pt.longitude)`;
  const sources =
    wanted.specialtyIds === "all"
      ? [Prisma.sql`SELECT pt.* FROM practice_search_points pt WHERE ${inBox}`]
      : [
          Prisma.sql`SELECT pt.* FROM unnest(${wanted.specialtyIds}::uuid[]) AS wanted(id)
            JOIN LATERAL (SELECT * FROM practice_search_points pt
              WHERE pt.specialty_id = wanted.id AND ${inBox}) pt ON true`,
          ...(wanted.named
            ? [
                Prisma.sql`SELECT pt.* FROM named
                  JOIN practice_search_points pt ON pt.practitioner_id = named.id WHERE ${inBox}`,
              ]
            : []),
        ];
  return Prisma.sql`
    SELECT inside.practitioner_id, min(inside.distance_m) AS distance_m
    FROM (
      SELECT pt.practitioner_id, 2 * ${EARTH_RADIUS_METERS}::float8 * asin(sqrt(
        sin(radians(pt.latitude - ${latitude}::float8) / 2) ^ 2
        + cos(radians(${latitude}::float8)) * cos(radians(pt.latitude))
          * sin(radians(pt.longitude - ${longitude}::float8) / 2) ^ 2)) AS distance_m
      FROM (${Prisma.join(sources, " UNION ALL ")}) pt
    ) inside
    WHERE inside.distance_m <= ${radiusMeters}::float8
    GROUP BY inside.practitioner_id`;
}

const offersTeleconsultation = Prisma.sql`AND EXISTS (
  SELECT 1 FROM motives m WHERE m.practitioner_id = p.id AND m.active AND m.teleconsultation)`;
