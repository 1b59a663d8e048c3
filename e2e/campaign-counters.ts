import pg from "pg";

// Test-only reads of the campaign counters, straight from the database the server under
// test uses (DATABASE_URL): the admin dashboard that shows them is another spec's subject.

export type StepCounts = Record<string, number>;

export const STEPS = [
  "LANDING",
  "SEARCH",
  "PROFILE_VIEW",
  "BOOKING_STARTED",
  "BOOKING_COMPLETED",
] as const;

/** Today's (Paris) counters of a campaign, every step present (0 when it has no row). */
export async function countersToday(campaign: string): Promise<StepCounts> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ step: string; count: number }>(
      `SELECT counter.step::text AS step, counter.count
       FROM campaign_daily_counters counter JOIN campaigns c ON c.id = counter.campaign_id
       WHERE c.slug = $1 AND counter.day = (now() AT TIME ZONE 'Europe/Paris')::date`,
      [campaign],
    );
    const counts: StepCounts = Object.fromEntries(STEPS.map((step) => [step, 0]));
    for (const row of rows) counts[row.step] = row.count;
    return counts;
  } finally {
    await client.end();
  }
}

/** `before` with `step` raised by one for each listed step. */
export function plusOne(before: StepCounts, ...steps: string[]): StepCounts {
  const after = { ...before };
  for (const step of steps) after[step] += 1;
  return after;
}
