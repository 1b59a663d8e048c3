import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./migration-files";
import { diffMigrationsToSchema, SCHEMA_PATH } from "./schema-drift";

// db:check and db:new rest on this diff; it runs on in-memory databases, no server needed.
const workDir = mkdtempSync(path.join(tmpdir(), "praxis-drift-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// Each diff replays every migration into in-memory PGlite: seconds when idle, a minute or
// more on a loaded 2-core machine.
describe("diffMigrationsToSchema", { timeout: 240_000 }, () => {
  it("finds no drift between the committed schema and migrations", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("reports a column added to the schema without a migration", async () => {
    const schemaPath = path.join(workDir, "schema.prisma");
    // The first `phone` field is the Patient model's.
    const schema = readFileSync(SCHEMA_PATH, "utf8").replace(
      /( {2}phone +String\?\n)/,
      "$1  nickname String?\n",
    );
    expect(schema).toContain("nickname");
    writeFileSync(schemaPath, schema);
    const sql = await diffMigrationsToSchema(schemaPath);
    expect(sql).toMatch(/ALTER TABLE "patients" ADD COLUMN\s+"nickname" TEXT/);
  });

  it("reports a migration that the schema does not describe", async () => {
    const migrationsDir = path.join(workDir, "migrations");
    cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const extra = path.join(migrationsDir, "29990101000000_stray_table");
    mkdirSync(extra);
    writeFileSync(
      path.join(extra, "migration.sql"),
      `CREATE TABLE "stray" ("id" INTEGER PRIMARY KEY);`,
    );
    const sql = await diffMigrationsToSchema(SCHEMA_PATH, migrationsDir);
    expect(sql).toMatch(/DROP TABLE "stray"/);
  });
});
