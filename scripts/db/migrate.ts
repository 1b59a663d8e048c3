import { randomUUID } from "node:crypto";
import pg from "pg";
import { readMigrationFiles, type MigrationFile } from "./migration-files";

// Applies prisma/migrations like `prisma migrate deploy` does, without Prisma's binary,
// and keeps the same `_prisma_migrations` table so either tool can take over.

const MIGRATION_LOCK_KEY = 72707369; // the advisory lock key Prisma Migrate uses

const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null };

export type MigrateResult = { applied: string[]; alreadyApplied: number; changed: string[] };

export class MigrationError extends Error {}

export type MigrateOptions = {
  files?: MigrationFile[];
  log?: (line: string) => void;
  /** Marks an earlier failed migration rolled back and tries it again (files are atomic). */
  retryFailed?: boolean;
};

export async function migrateDatabase(
  url: string,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const files = options.files ?? readMigrationFiles();
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Serialises concurrent runners; the second one re-reads the history once it gets in.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_HISTORY_TABLE);
    if (options.retryFailed) await markFailedRolledBack(client, log);
    return await applyPending(client, files, log);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function readHistory(client: pg.Client): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return rows;
}

async function markFailedRolledBack(client: pg.Client, log: (line: string) => void): Promise<void> {
  const { rows } = await client.query<{ migration_name: string }>(
    `UPDATE "_prisma_migrations" SET rolled_back_at = now()
     WHERE finished_at IS NULL AND rolled_back_at IS NULL RETURNING migration_name`,
  );
  for (const row of rows) log(`migrate: marked ${row.migration_name} as rolled back, retrying it`);
}

async function applyPending(
  client: pg.Client,
  files: MigrationFile[],
  log: (line: string) => void,
): Promise<MigrateResult> {
  const history = await readHistory(client);
  const failed = history.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `migration ${failed.migration_name} failed earlier; fix it, then run npm run db:migrate -- --retry-failed`,
    );
  }
  const appliedByName = new Map(history.map((row) => [row.migration_name, row]));
  const changed = files.filter((file) => {
    const row = appliedByName.get(file.name);
    return row !== undefined && row.checksum !== file.checksum;
  });
  for (const file of changed) log(`migrate: warning: ${file.name} was edited after it was applied`);

  const applied: string[] = [];
  for (const file of files.filter((candidate) => !appliedByName.has(candidate.name))) {
    await applyOne(client, file);
    log(`migrate: applied ${file.name}`);
    applied.push(file.name);
  }
  return { applied, alreadyApplied: appliedByName.size, changed: changed.map((file) => file.name) };
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`,
    [id, file.checksum, file.name],
  );
  // One simple-protocol query runs as one implicit transaction: the file's statements and
  // the "finished" mark commit together or not at all.
  const finish = `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = '${id}'`;
  try {
    await client.query(`${file.sql}\n;\n${finish}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new MigrationError(`migration ${file.name} failed: ${message}`);
  }
}
