import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { migrateDatabase } from "../db/migrate";

export type TestDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

/**
 * Whether tests that only a real PostgreSQL server can run (races, locks) must run: when
 * TEST_DATABASE_URL names one, and always under CI, where a missing server is then a
 * failure of those tests, never a skip. Elsewhere they skip, as scripts/testing/
 * declared-skips.ts allows.
 */
export const realServerTests = {
  run: Boolean(process.env.TEST_DATABASE_URL || process.env.CI),
  missingMessage: "TEST_DATABASE_URL must name a PostgreSQL server (required under CI)",
};

/**
 * A fresh, migrated database for one test file: a uniquely named database on the server
 * in TEST_DATABASE_URL, or else a throw-away embedded PostgreSQL. Call drop() after.
 */
export async function createTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const database = process.env.TEST_DATABASE_URL
    ? await createOnServer(process.env.TEST_DATABASE_URL)
    : await createEmbedded();
  if (options.migrate !== false) await migrateDatabase(database.url);
  return database;
}

async function createOnServer(adminUrl: string): Promise<TestDatabase> {
  const name = `praxis_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await runAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    drop: () => runAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function createEmbedded(): Promise<TestDatabase> {
  const server = await startEmbeddedPostgres("memory://");
  return { url: server.url, embedded: true, drop: server.stop };
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
