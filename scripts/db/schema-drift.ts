import { readFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR, readMigrationFiles } from "./migration-files";
import { migrationsTarget, openDiffEngine, schemaTarget } from "./schema-engine";

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

/**
 * The SQL that would bring a database built from the migrations to what schema.prisma
 * describes; empty when they agree. Runs on throw-away in-memory databases only.
 */
export async function diffMigrationsToSchema(
  schemaPath = SCHEMA_PATH,
  migrationsDir = MIGRATIONS_DIR,
): Promise<string> {
  const engine = await openDiffEngine();
  try {
    const sql = await engine.diff(
      migrationsTarget(migrationsDir, readMigrationFiles(migrationsDir)),
      schemaTarget(path.basename(schemaPath), await readFile(schemaPath, "utf8")),
    );
    return isEmptyMigration(sql) ? "" : sql.trim() + "\n";
  } finally {
    await engine.close();
  }
}

function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}
