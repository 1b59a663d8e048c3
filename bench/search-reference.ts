import type pg from "pg";

// The yardstick: one hand-written statement per search, giving the first page straight
// from the database with the ranking of lib/search/ranking.ts written as ORDER BY. It
// starts from what the API resolved (specialties, place, name words) and trusts the
// availability summaries to be fresh, so it measures the floor: what any implementation
// must pay to read the answer, without HTTP, rendering or checks.

export type ReferenceInput = {
  /** Matched specialties and their scores; empty when the text reads as a name only. */
  specialties: { id: string; score: number }[];
  name: string | null;
  mode: "name" | "specialty-and-name" | "specialty-or-name";
  centre: { latitude: number; longitude: number; radiusMeters: number } | null;
  withinDays: number | null;
  sort: "distance" | "availability";
};

const FOLDED = "praxis_unaccent(lower(p.first_name || ' ' || p.last_name))";

// Written as a person fluent in PostgreSQL would: names through the trigram index once
// ($3), practices through the GiST index of practice_search_points, restricted to the
// matched specialties ($1, $2) and named practitioners.
export function referenceSql(input: ReferenceInput): string {
  const specialtyScore = "coalesce(matched.score, 0)";
  const nameScore = "coalesce(named.score, 0)";
  const relevance = {
    name: nameScore,
    "specialty-and-name": `(${specialtyScore} + ${nameScore}) / 2`,
    "specialty-or-name": `greatest(${specialtyScore}, ${nameScore})`,
  }[input.mode];
  const text = {
    name: "named.id IS NOT NULL",
    "specialty-and-name": "matched.id IS NOT NULL AND named.id IS NOT NULL",
    "specialty-or-name": "(matched.id IS NOT NULL OR named.id IS NOT NULL)",
  }[input.mode];
  // Centre and radius are $5, $6 and $7, passed only with a place.
  const distance = `2 * 6378168 * asin(sqrt(sin(radians(pt.latitude - $5) / 2) ^ 2
    + cos(radians($5)) * cos(radians(pt.latitude)) * sin(radians(pt.longitude - $6) / 2) ^ 2))`;
  const candidates = input.centre
    ? `(SELECT pt.practitioner_id AS id, min(${distance}) AS distance_m
        FROM practice_search_points pt
        WHERE earth_box(ll_to_earth($5::float8, $6::float8), $7::float8) @> ll_to_earth(pt.latitude, pt.longitude)
          AND (pt.specialty_id = ANY ($1::uuid[]) OR pt.practitioner_id IN (SELECT id FROM named))
        GROUP BY pt.practitioner_id) candidate`
    : `(SELECT id, NULL::float8 AS distance_m FROM named
        UNION SELECT id, NULL FROM practitioners WHERE specialty_id = ANY ($1::uuid[])) candidate`;
  const keys = { distance: "ranked.distance_m", availability: "ranked.next_free_at" };
  const [first, second] =
    input.sort === "distance"
      ? [keys.distance, keys.availability]
      : [keys.availability, keys.distance];
  return `
    WITH named AS MATERIALIZED (
      SELECT p.id, greatest(word_similarity($3, ${FOLDED}), strict_word_similarity($3, ${FOLDED})) AS score
      FROM practitioners p WHERE p.verified AND ($3 <% ${FOLDED} OR $3 <<% ${FOLDED}))
    SELECT ranked.slug FROM (
      SELECT p.slug, ${relevance} AS relevance, candidate.distance_m,
        (SELECT min(start) FROM unnest(s.first_day_starts) AS start
          WHERE start >= now() + make_interval(mins => p.min_notice_minutes)) AS next_free_at
      FROM ${candidates}
      -- A primary-key look-up per candidate: misjudging how many the CTE yields, the planner
      -- would rather hash all practitioners.
      JOIN LATERAL (SELECT * FROM practitioners WHERE id = candidate.id OFFSET 0) p ON true
      LEFT JOIN named ON named.id = p.id
      LEFT JOIN unnest($1::uuid[], $2::float8[]) AS matched(id, score) ON matched.id = p.specialty_id
      LEFT JOIN practitioner_availability_summaries s ON s.practitioner_id = p.id
      WHERE p.verified AND ${text}
        ${input.centre ? "AND candidate.distance_m <= $7" : ""}
    ) ranked
    WHERE $4::int IS NULL OR ranked.next_free_at < now() + make_interval(days => $4::int)
    ORDER BY floor(ranked.relevance / 0.1 + 0.5) DESC, ${first} ASC NULLS LAST,
      ${second} ASC NULLS LAST, ranked.slug COLLATE "C"
    LIMIT 20`;
}

export function referenceParameters(input: ReferenceInput): unknown[] {
  return [
    input.specialties.map((specialty) => specialty.id),
    input.specialties.map((specialty) => specialty.score),
    input.name ?? "",
    input.withinDays,
    ...(input.centre
      ? [input.centre.latitude, input.centre.longitude, input.centre.radiusMeters]
      : []),
  ];
}

export async function runReference(client: pg.Client, input: ReferenceInput): Promise<string[]> {
  const { rows } = await client.query(referenceSql(input), referenceParameters(input));
  return rows.map((row: { slug: string }) => row.slug);
}

/** Scans on big tables that an index should have avoided, from EXPLAIN (FORMAT JSON). */
export function sequentialScans(plan: unknown, tables: readonly string[]): string[] {
  const found: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    if (node["Node Type"] === "Seq Scan" && tables.includes(String(node["Relation Name"]))) {
      found.push(String(node["Relation Name"]));
    }
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) visit(child);
  };
  for (const entry of plan as { Plan: Record<string, unknown> }[]) visit(entry.Plan);
  return found;
}
