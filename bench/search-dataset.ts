import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { seedDatabase } from "../prisma/seed";
import { migrateDatabase } from "../scripts/db/migrate";

// The benchmark's data set: 10,000 practitioners with 90 days of opening hours and about
// one slot in five booked, built once in its own database and reused afterwards.

export const PRACTITIONERS = 10_000;
const HORIZON_DAYS = 90;
const TARGET_BOOKED = 0.2;
// Practitioners per INSERT: a few hundred thousand rows per statement, with progress.
const CHUNK = 500;

export async function ensureDatabase(url: string, log: (line: string) => void): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) {
      log(`dataset: creating database ${name}`);
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
  await migrateDatabase(url, { log: (line) => log(`dataset: ${line}`) });
}

export async function ensurePractitioners(url: string, log: (line: string) => void): Promise<void> {
  const prisma = createPrismaClient(url, 4);
  try {
    const result = await seedDatabase(prisma, { practitioners: PRACTITIONERS });
    log(`dataset: ${result.summary}`);
  } finally {
    await prisma.$disconnect();
  }
}

// Share of open time (weekly hours over the coming 90 days; absences count as open, so it
// slightly understates) taken by appointments that are not cancelled.
const BOOKED_SHARE_SQL = `
  WITH open AS (
    SELECT sum(h.end_minute - h.start_minute)::float8 AS minutes
    FROM practitioners p
    JOIN opening_hours h ON h.practitioner_id = p.id
    CROSS JOIN generate_series(0, ${HORIZON_DAYS - 1}) AS d(offset_days)
    WHERE extract(isodow FROM (now() AT TIME ZONE p.time_zone)::date + d.offset_days) = h.weekday
  ), booked AS (
    SELECT sum(extract(epoch FROM a.ends_at - a.starts_at) / 60)::float8 AS minutes
    FROM appointments a
    WHERE a.status <> 'CANCELLED' AND a.starts_at >= now()
      AND a.starts_at < now() + interval '${HORIZON_DAYS} days'
  )
  SELECT booked.minutes / open.minutes AS share FROM open, booked`;

// Books grid slots (the shortest motive's, from each window's opening) picked by a hash of
// practitioner and start, so a rerun picks the same ones; overlaps are skipped by the
// exclusion constraint (ON CONFLICT DO NOTHING), absences by a NOT EXISTS.
const BOOK_CHUNK_SQL = `
  INSERT INTO appointments
    (practitioner_id, patient_id, motive_id, location_id, starts_at, ends_at, updated_at)
  SELECT p.id, $3::uuid, m.id, h.location_id, slot.starts_at,
    slot.starts_at + make_interval(mins => m.duration_minutes), now()
  FROM practitioners p
  CROSS JOIN LATERAL (
    SELECT id, duration_minutes FROM motives
    WHERE practitioner_id = p.id AND active ORDER BY duration_minutes, position, id LIMIT 1
  ) m
  JOIN opening_hours h ON h.practitioner_id = p.id
  CROSS JOIN generate_series(0, ${HORIZON_DAYS - 1}) AS d(offset_days)
  CROSS JOIN LATERAL (
    SELECT ((((now() AT TIME ZONE p.time_zone)::date + d.offset_days)::timestamp
      + make_interval(mins => minute)) AT TIME ZONE p.time_zone) AS starts_at
    FROM generate_series(h.start_minute, h.end_minute - m.duration_minutes,
      m.duration_minutes + p.buffer_minutes) AS minute
  ) slot
  WHERE p.id = ANY ($1::uuid[])
    AND extract(isodow FROM (now() AT TIME ZONE p.time_zone)::date + d.offset_days) = h.weekday
    AND slot.starts_at > now()
    AND abs(hashtext(p.id::text || slot.starts_at::text)) % 10000 < $2
    AND NOT EXISTS (SELECT 1 FROM absences ab WHERE ab.practitioner_id = p.id
      AND ab.starts_at < slot.starts_at + make_interval(mins => m.duration_minutes)
      AND ab.ends_at > slot.starts_at)
  ON CONFLICT DO NOTHING`;

/** Tops the coming 90 days up to about 20 % booked; does nothing when already there. */
export async function ensureBookings(url: string, log: (line: string) => void): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const before = Number((await client.query(BOOKED_SHARE_SQL)).rows[0].share ?? 0);
    if (before >= TARGET_BOOKED * 0.9) return before;
    // Hash picks among the remaining free slots, so the rate applies to what is left.
    const rate = Math.round(((TARGET_BOOKED - before) / (1 - before)) * 10_000);
    const patient = await client.query(
      `INSERT INTO patients (first_name, last_name, updated_at) VALUES ('Banc', 'Essai', now())
       RETURNING id`,
    );
    const ids = (await client.query("SELECT id FROM practitioners ORDER BY id")).rows.map(
      (row) => row.id,
    );
    log(
      `dataset: ${(before * 100).toFixed(1)} % booked; booking ${(rate / 100).toFixed(1)} % of free slots`,
    );
    for (let offset = 0; offset < ids.length; offset += CHUNK) {
      await client.query(BOOK_CHUNK_SQL, [
        ids.slice(offset, offset + CHUNK),
        rate,
        patient.rows[0].id,
      ]);
      process.stdout.write(
        `\rdataset: booked ${Math.min(offset + CHUNK, ids.length)}/${ids.length} practitioners`,
      );
    }
    process.stdout.write("\n");
    await client.query("ANALYZE");
    return Number((await client.query(BOOKED_SHARE_SQL)).rows[0].share);
  } finally {
    await client.end();
  }
}
