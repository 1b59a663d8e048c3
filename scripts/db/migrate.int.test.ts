import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase, MigrationError } from "./migrate";
import { checksumOf, readMigrationFiles, type MigrationFile } from "./migration-files";
import { createTestDatabase, realServerTests, type TestDatabase } from "../testing/test-database";

const databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.drop()));
});

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrate: false });
  databases.push(database);
  return database;
}

function migration(name: string, sql: string): MigrationFile {
  return { name, sql, checksum: checksumOf(sql) };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrateDatabase", () => {
  it("applies every migration once and is a no-op the second time", async () => {
    const { url } = await freshDatabase();
    const files = readMigrationFiles();
    const first = await migrateDatabase(url);
    expect(first.applied).toEqual(files.map((file) => file.name));
    const second = await migrateDatabase(url);
    expect(second).toEqual({ applied: [], alreadyApplied: files.length, changed: [] });
    const history = await query<{ checksum: string; finished_at: Date | null }>(
      url,
      `SELECT checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(history.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(history.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("warns about a migration edited after it was applied", async () => {
    const { url } = await freshDatabase();
    await migrateDatabase(url, { files: [migration("001_a", "CREATE TABLE a (id int)")] });
    const lines: string[] = [];
    const result = await migrateDatabase(url, {
      files: [migration("001_a", "CREATE TABLE a (id bigint)")],
      log: (line) => lines.push(line),
    });
    expect(result.changed).toEqual(["001_a"]);
    expect(lines.join("\n")).toMatch(/001_a was edited after it was applied/);
  });

  it("rolls a failed file back whole and refuses to go past it until told to retry", async () => {
    const { url } = await freshDatabase();
    const broken = migration(
      "002_broken",
      "CREATE TABLE b (id int); INSERT INTO missing_table VALUES (1)",
    );
    const files = [
      migration("001_a", "CREATE TABLE a (id int)"),
      broken,
      migration("003_c", "CREATE TABLE c (id int)"),
    ];
    await expect(migrateDatabase(url, { files })).rejects.toThrow(MigrationError);
    const tables = await query<{ name: string }>(
      url,
      "SELECT tablename AS name FROM pg_tables WHERE tablename IN ('a','b','c')",
    );
    expect(tables.map((table) => table.name)).toEqual(["a"]);
    await expect(migrateDatabase(url, { files })).rejects.toThrow(/002_broken failed earlier/);

    const fixed = [files[0], migration("002_broken", "CREATE TABLE b (id int)"), files[2]];
    const result = await migrateDatabase(url, { files: fixed, retryFailed: true });
    expect(result.applied).toEqual(["002_broken", "003_c"]);
  });

  it("never applies a file twice when two runners start at once", async (context) => {
    const { url, embedded } = await freshDatabase();
    // PGlite is a single session, so advisory locks cannot exclude; the real server can.
    if (!realServerTests.run) context.skip();
    expect(embedded, realServerTests.missingMessage).toBe(false);
    const files = readMigrationFiles();
    const results = await Promise.all([migrateDatabase(url), migrateDatabase(url)]);
    expect(results.flatMap((result) => result.applied).sort()).toEqual(
      files.map((file) => file.name).sort(),
    );
    const [{ count }] = await query<{ count: string }>(
      url,
      `SELECT count(*) FROM "_prisma_migrations"`,
    );
    expect(Number(count)).toBe(files.length);
  });
});
