import { migrateDatabase, MigrationError } from "./db/migrate";
import { CliError, requireDatabaseUrl, runCli } from "./lib/cli";

runCli("db:migrate", async () => {
  const url = requireDatabaseUrl();
  try {
    const result = await migrateDatabase(url, {
      log: (line) => console.log(line),
      retryFailed: process.argv.includes("--retry-failed"),
    });
    const summary =
      result.applied.length === 0 ? "database is up to date" : `applied ${result.applied.length}`;
    console.log(`db:migrate: ${summary} (${result.alreadyApplied} already applied)`);
  } catch (error) {
    if (error instanceof MigrationError) throw new CliError(error.message);
    throw error;
  }
});
