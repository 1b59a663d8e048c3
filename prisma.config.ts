import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI downloads its Rust schema engine before `generate`, `validate` and
// `format`, even though those commands never run it. This machine cannot download
// binaries, so we point the CLI at a stub; migrations go through scripts/db-*.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/stubs/schema-engine-stub.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
