import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { MIGRATIONS_DIR } from "./db/migration-files";
import { diffMigrationsToSchema } from "./db/schema-drift";
import { CliError, runCli } from "./lib/cli";

const nameSchema = z
  .string({ error: "usage: npm run db:new -- <name>, e.g. add_reminders" })
  .regex(
    /^[a-z][a-z0-9_]{2,60}$/,
    "the name must be snake_case letters, digits and _ (3 to 61 characters)",
  );

function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

runCli("db:new", async () => {
  const parsed = nameSchema.safeParse(process.argv[2]);
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message);
  const sql = await diffMigrationsToSchema();
  if (!sql) {
    console.log("db:new: schema.prisma and prisma/migrations already agree, nothing to write");
    return;
  }
  const folder = path.join(MIGRATIONS_DIR, `${migrationTimestamp(new Date())}_${parsed.data}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), sql);
  console.log(
    `db:new: wrote ${path.relative(process.cwd(), folder)}/migration.sql (review it, then npm run db:migrate)`,
  );
});
