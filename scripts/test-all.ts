import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DECLARED_SKIPS } from "./testing/declared-skips";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";
import {
  countPlaywright,
  countVitest,
  summaryLine,
  undeclaredSkips,
  type RunCounts,
} from "./testing/test-report";

// `npm test`: every check CI needs, in order of cost — schema drift, types, lint, unit,
// integration (PostgreSQL from TEST_DATABASE_URL, or embedded), end-to-end in Chromium
// against a production build. Runs every step, then prints one summary line:
// "N passed, N failed, N skipped". A skip not declared in scripts/testing/declared-skips.ts
// fails the run, and under CI a missing TEST_DATABASE_URL is a failure, not a skip.

const ROOT = path.resolve(import.meta.dirname, "..");
const reports = mkdtempSync(path.join(tmpdir(), "praxis-test-"));
const totals: RunCounts = { passed: 0, failed: 0, skipped: [] };
const failedSteps: string[] = [];

function run(
  step: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): boolean {
  console.log(`\n▶ ${step}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TZ: "UTC", ...env },
  });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(step);
  return ok;
}

function npx(bin: string): string {
  return path.join(ROOT, "node_modules/.bin", bin);
}

function addCounts(counts: RunCounts | null, step: string): void {
  if (counts === null) {
    totals.failed += 1; // the runner produced no report: count the step itself as a failure
    console.log(`(no report from ${step})`);
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped.push(...counts.skipped);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

const passedCheck: RunCounts = { passed: 0, failed: 0, skipped: [] };
const failedCheck: RunCounts = { passed: 0, failed: 1, skipped: [] };

function runVitest(project: string): void {
  const output = path.join(reports, `${project}.json`);
  run(`${project} tests`, npx("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${output}`,
  ]);
  const report = readJson<Parameters<typeof countVitest>[0]>(output);
  addCounts(report && countVitest(report, ROOT), project);
}

async function runEndToEnd(): Promise<void> {
  const output = path.join(reports, "e2e.json");
  // On a real server the app gets its own fresh database; otherwise an in-memory one.
  let database: TestDatabase | null = null;
  const env: Record<string, string> = { PLAYWRIGHT_JSON_OUTPUT_NAME: output };
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase({ migrate: false });
    Object.assign(env, {
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    });
  }
  try {
    run("end-to-end tests", npx("playwright"), ["test", "--reporter=list,json"], env);
  } finally {
    await database?.drop();
  }
  const report = readJson<Parameters<typeof countPlaywright>[0]>(output);
  addCounts(report && countPlaywright(report, ROOT), "e2e");
}

async function main(): Promise<void> {
  delete process.env.DATABASE_URL; // tests choose their own databases
  const checks: [string, string, string[]][] = [
    [
      "schema drift (db:check)",
      npx("tsx"),
      ["--conditions", "react-server", "scripts/db-check.ts"],
    ],
    ["typecheck", npx("tsc"), ["--noEmit"]],
    ["lint", npx("eslint"), [".", "--max-warnings=0"]],
  ];
  // A failed check counts as a failure in the closing line, so it can never read "0 failed".
  for (const [step, command, args] of checks)
    addCounts(run(step, command, args) ? passedCheck : failedCheck, step);
  // CI must prove the races on a real server; without one they would only be skipped.
  if (process.env.CI && !process.env.TEST_DATABASE_URL) {
    console.log("\n✘ CI is set but TEST_DATABASE_URL is not: the race tests cannot run");
    failedSteps.push("TEST_DATABASE_URL under CI");
    addCounts(failedCheck, "TEST_DATABASE_URL");
  }
  runVitest("unit");
  runVitest("integration");
  await runEndToEnd();

  console.log(`\nfailed steps: ${failedSteps.length === 0 ? "none" : failedSteps.join(", ")}`);
  const undeclared = undeclaredSkips(totals.skipped, DECLARED_SKIPS, process.env);
  for (const test of totals.skipped) {
    const declared = !undeclared.includes(test);
    console.log(
      `${declared ? "skipped (declared)" : "✘ skipped, not declared"}: ${test.file} › ${test.name}`,
    );
  }
  if (undeclared.length > 0)
    console.log(
      `${undeclared.length} undeclared skip(s): declare them in scripts/testing/declared-skips.ts or make them run`,
    );
  console.log(`tests: ${summaryLine(totals)}`);
  const ok = failedSteps.length === 0 && totals.failed === 0 && undeclared.length === 0;
  process.exit(ok ? 0 : 1);
}

await main();
