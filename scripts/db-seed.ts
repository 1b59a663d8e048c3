import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "../lib/db-client";
import { DEFAULT_PRACTITIONER_COUNT, seedDatabase } from "../prisma/seed";
import { requireDatabaseUrl, runCli, UsageError } from "./lib/cli";

// `npm run db:seed [-- --practitioners N]`: demo data into DATABASE_URL. Idempotent: a
// second run does nothing; a larger N tops an existing demo database up to N practitioners.

const USAGE = "usage: db:seed [--practitioners N]";
// Beyond this the seed is no longer a demo but a load test; keep typos from filling a disk.
const MAX_PRACTITIONERS = 100_000;
// Smaller seeds finish in a blink; a progress line would only flicker.
const PROGRESS_FROM = 1000;

const practitionersSchema = z.coerce
  .number({ error: "--practitioners must be a number" })
  .int("--practitioners must be a whole number")
  .min(1, "--practitioners must be at least 1")
  .max(
    MAX_PRACTITIONERS,
    `--practitioners must be at most ${MAX_PRACTITIONERS.toLocaleString("en-US")}`,
  );

/** `--practitioners -5` reads as a negative count, not as a missing value then an option "-5". */
function joinNegativeValues(argv: string[]): string[] {
  return argv.flatMap((arg, index) => {
    if (arg === "--practitioners" && /^-\d/.test(argv[index + 1] ?? "")) return [];
    if (argv[index - 1] === "--practitioners" && /^-\d/.test(arg))
      return [`--practitioners=${arg}`];
    return [arg];
  });
}

function readPractitionerCount(argv: string[]): number {
  let values: { practitioners?: string };
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(argv),
      options: { practitioners: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.practitioners === undefined) return DEFAULT_PRACTITIONER_COUNT;
  const result = practitionersSchema.safeParse(values.practitioners.trim() || undefined);
  if (!result.success) {
    const reason = result.error.issues[0].message;
    throw new UsageError(`${reason} (got "${values.practitioners}")\n${USAGE}`);
  }
  return result.data;
}

function printProgress(done: number, total: number): void {
  process.stdout.write(
    `\rseed: ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} practitioners`,
  );
}

runCli("seed", async () => {
  // Arguments first: a bad count stops the script before it connects or writes anything.
  const practitioners = readPractitionerCount(process.argv.slice(2));
  const prisma = createPrismaClient(requireDatabaseUrl(), 4);
  const startedAt = performance.now();
  try {
    const showProgress = practitioners >= PROGRESS_FROM;
    const result = await seedDatabase(prisma, {
      practitioners,
      onProgress: showProgress ? printProgress : undefined,
    });
    if (showProgress) process.stdout.write("\n");
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(
      result.created ? `seed: ${result.summary} in ${seconds} s` : `seed: ${result.summary}`,
    );
  } finally {
    await prisma.$disconnect();
  }
});
