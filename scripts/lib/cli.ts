import { z } from "zod";

/** A problem the user can fix: printed as one line, without a stack trace. */
export class CliError extends Error {}

/** Bad arguments, found before anything was done: exit code 2, as usual for usage errors. */
export class UsageError extends CliError {}

/** Runs a script's main function; a failure becomes one clear line and exit code 1 (2 for usage). */
export function runCli(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`${name}: ${describeError(error)}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}

function describeError(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === "ECONNREFUSED")
      return "cannot reach the database (connection refused): is PostgreSQL running?";
    if (code === "ENOTFOUND") return "cannot reach the database: unknown host in DATABASE_URL";
    if (code === "3D000") return `the database does not exist: ${error.message}`;
    if (code === "28P01" || code === "28000")
      return `the database refused the credentials: ${error.message}`;
    if (code === "P2021") return `${lastLine(error.message)} Run \`npm run db:migrate\` first.`;
    return lastLine(error.message);
  }
  return String(error);
}

/** Prisma's messages start with the call site and end with the reason; others are one line. */
function lastLine(message: string): string {
  return message.trim().split("\n").at(-1) ?? message;
}

const databaseUrlSchema = z
  .string({ error: "DATABASE_URL is not set" })
  .trim()
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    message: "DATABASE_URL must look like postgresql://user:password@host:5432/database",
  });

/** DATABASE_URL, validated; throws a CliError that names the problem. */
export function requireDatabaseUrl(source: NodeJS.ProcessEnv = process.env): string {
  const result = databaseUrlSchema.safeParse(source.DATABASE_URL);
  if (!result.success) throw new CliError(result.error.issues[0].message);
  return result.data;
}
