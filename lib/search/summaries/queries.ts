import "server-only";
import { db } from "@/lib/db";
import type { AvailabilitySummary, SummaryDay } from "./build-summary";

// practitioner_availability_summaries: written only here, versioned by the triggers of the
// search_indexes migration. A recomputation records the version it started from, and its
// write is dropped when a change committed meanwhile bumped the version: a summary can be
// missing or stale, never silently wrong.

type SummaryClaim = {
  practitionerId: string;
  version: number | null;
  minNoticeMinutes: number;
};

/**
 * The current version of each practitioner's summary (creating missing rows), read before
 * the engine reads the calendar. Null when a concurrent insert hid the row from this
 * statement: that practitioner is computed but not saved this time.
 */
export async function claimSummaryVersions(ids: readonly string[]): Promise<SummaryClaim[]> {
  const rows = await db.$queryRaw<
    { practitioner_id: string; version: number | null; min_notice_minutes: number }[]
  >`
    WITH wanted AS (SELECT DISTINCT unnest(${[...ids]}::uuid[]) AS id),
    created AS (
      INSERT INTO practitioner_availability_summaries (practitioner_id)
      SELECT p.id FROM practitioners p JOIN wanted w ON w.id = p.id ORDER BY p.id
      ON CONFLICT (practitioner_id) DO NOTHING
      RETURNING practitioner_id, version
    )
    SELECT p.id AS practitioner_id, coalesce(c.version, s.version) AS version, p.min_notice_minutes
    FROM practitioners p JOIN wanted w ON w.id = p.id
    LEFT JOIN created c ON c.practitioner_id = p.id
    LEFT JOIN practitioner_availability_summaries s ON s.practitioner_id = p.id`;
  return rows.map((row) => ({
    practitionerId: row.practitioner_id,
    version: row.version,
    minNoticeMinutes: row.min_notice_minutes,
  }));
}

type SummaryWrite = {
  practitionerId: string;
  version: number;
  summary: AvailabilitySummary;
};

export async function saveSummaries(
  writes: readonly SummaryWrite[],
  computedAt: Date,
): Promise<void> {
  if (writes.length === 0) return;
  const payloads = writes.map(({ summary }) =>
    JSON.stringify({
      firstDayStarts: summary.firstDayStarts.map((start) => start.toISOString()),
      days: summary.days,
    }),
  );
  await db.$executeRaw`
    UPDATE practitioner_availability_summaries s SET
      computed_version = w.version,
      first_day_starts = ARRAY(
        SELECT jsonb_array_elements_text(w.payload -> 'firstDayStarts')::timestamptz),
      days = w.payload -> 'days',
      valid_until = w.valid_until,
      computed_at = ${computedAt}
    FROM unnest(
      ${writes.map((write) => write.practitionerId)}::uuid[],
      ${writes.map((write) => write.version)}::int[],
      ${payloads}::jsonb[],
      ${writes.map((write) => write.summary.validUntil)}::timestamptz[]
    ) AS w(practitioner_id, version, payload, valid_until)
    WHERE s.practitioner_id = w.practitioner_id AND s.version = w.version`;
}

type StoredSummary = { practitionerId: string; firstDayStarts: Date[]; days: SummaryDay[] };

export async function findSummaries(ids: readonly string[]): Promise<StoredSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.practitionerAvailabilitySummary.findMany({
    where: { practitionerId: { in: [...ids] } },
    select: { practitionerId: true, firstDayStarts: true, days: true },
  });
  return rows.map((row) => ({ ...row, days: row.days as SummaryDay[] }));
}

/** Verified practitioners after `afterId` whose summary is missing, stale or expired. */
export async function findStaleSummaryIds(
  now: Date,
  afterId: string,
  limit: number,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM practitioners p
    LEFT JOIN practitioner_availability_summaries s ON s.practitioner_id = p.id
    WHERE p.verified AND p.id > ${afterId}::uuid AND (s.practitioner_id IS NULL OR s.computed_version IS DISTINCT FROM s.version
      OR s.valid_until <= ${now})
    ORDER BY p.id LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
