import { diffMigrationsToSchema } from "./db/schema-drift";
import { CliError, runCli } from "./lib/cli";

runCli("db:check", async () => {
  const drift = await diffMigrationsToSchema();
  if (drift) {
    console.log(drift);
    throw new CliError(
      "schema.prisma and prisma/migrations differ (SQL above); run npm run db:new -- <name>",
    );
  }
  console.log("db:check: schema.prisma and prisma/migrations agree");
});
