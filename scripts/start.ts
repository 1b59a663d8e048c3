import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { refreshAllStaleSummaries } from "../lib/search/summaries/refresh-summaries";
import { DEMO_ACCOUNTS, seedDatabase } from "../prisma/seed";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded-postgres";
import { migrateDatabase } from "./db/migrate";
import { requireDatabaseUrl, runCli } from "./lib/cli";
import { startMailServices } from "./mail/start-mail-services";
import { resolveAuthSecret } from "./start/auth-secret";
import { nextBinary, startBuildIfNeeded, type PendingBuild } from "./start/build-if-needed";
import { assertTrustedProxyHops, withSocketPeerPreload } from "./start/next-server-env";
import { assertPortFree, parsePort } from "./start/port";
import { waitForHealthy } from "./start/wait-for-healthy";

// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data
// when empty → production build when sources changed → `next start`. `npm run dev` is the
// same with `next dev`. Ctrl-C stops everything.

const ROOT = path.resolve(import.meta.dirname, "..");
const DEV = process.argv.includes("--dev");
const log = (line: string) => console.log(line);

type Running = {
  build: PendingBuild | null;
  embedded: EmbeddedPostgres | null;
  server: ChildProcess | null;
  mail: { stop: () => Promise<void> } | null;
};
const running: Running = { build: null, embedded: null, server: null, mail: null };

async function openDatabase(): Promise<{ url: string; embeddedDataDir: string | null }> {
  if (process.env.DATABASE_URL) return { url: requireDatabaseUrl(), embeddedDataDir: null };
  const dataDir = process.env.PRAXIS_DATA_DIR || path.join(ROOT, ".data/pglite");
  log(
    `database: starting embedded PostgreSQL (PGlite) in ${path.relative(ROOT, dataDir) || dataDir}`,
  );
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  running.embedded = await startEmbeddedPostgres(dataDir);
  return { url: running.embedded.url, embeddedDataDir: dataDir };
}

async function seedWhenEmpty(url: string): Promise<void> {
  const prisma = createPrismaClient(url, 2);
  try {
    const startedAt = performance.now();
    const result = await seedDatabase(prisma);
    if (!result.created) return log("seed: demo data already present");
    log(`seed: ${result.summary} in ${secondsSince(startedAt)} s`);
  } finally {
    await prisma.$disconnect();
  }
  // Search's availability summaries of new practitioners, computed now rather than by the
  // worker once the server is up: on the embedded database that would hold its one
  // connection while the first visitors (and the health check) wait.
  const startedAt = performance.now();
  process.env.DATABASE_URL ??= url;
  const refreshed = await refreshAllStaleSummaries();
  log(
    `search: next free slots of ${refreshed.toLocaleString("en-US")} practitioners computed in ${secondsSince(startedAt)} s`,
  );
}

function secondsSince(startedAt: number): string {
  return ((performance.now() - startedAt) / 1000).toFixed(1);
}

function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const args = DEV ? ["dev", "-p", String(port)] : ["start", "-p", String(port)];
  const server = spawn(process.execPath, [nextBinary(ROOT), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env,
  });
  server.on("exit", (code, signal) => {
    running.server = null;
    // Ctrl-C in a terminal signals the whole process group, the server included.
    if (signal === "SIGTERM" || signal === "SIGINT") void shutdown(0);
    else void shutdown(code ?? 1, `server stopped unexpectedly (${signal ?? `exit ${code}`})`);
  });
  return server;
}

function printWelcome(port: number): void {
  log(
    `\nPraxis is running at http://localhost:${port}\n\nDemo accounts (password: ${DEMO_ACCOUNTS.password}):`,
  );
  for (const account of DEMO_ACCOUNTS.accounts)
    log(`  ${account.role.padEnd(13)} ${account.email}`);
  log("\nPress Ctrl-C to stop.");
}

let shuttingDown = false;
async function shutdown(code: number, reason?: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  if (reason) console.error(`praxis: ${reason}`);
  running.build?.cancel();
  // The server writes its pending campaign counts when it stops: wait for it (a few seconds
  // at most) before the embedded database goes away.
  await stopServer(running.server);
  await running.mail?.stop().catch(() => {});
  await running.embedded?.stop().catch(() => {});
  process.exit(code);
}

const SERVER_STOP_TIMEOUT_MS = 10_000;

function stopServer(server: ChildProcess | null): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, SERVER_STOP_TIMEOUT_MS);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill("SIGTERM");
  });
}

runCli("praxis", async () => {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const port = parsePort(process.env.PORT, 3000);
  assertTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  await assertPortFree(port);
  try {
    running.build = DEV ? null : startBuildIfNeeded(ROOT, log);
    const database = await openDatabase();
    const authSecret = resolveAuthSecret({ embeddedDataDir: database.embeddedDataDir });
    await migrateDatabase(database.url, { log });
    await seedWhenEmpty(database.url);
    const buildError = await running.build?.done;
    if (buildError) throw buildError;
    const env: NodeJS.ProcessEnv = withSocketPeerPreload({
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      NODE_ENV: DEV ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    running.server = startServer(port, env);
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
    // Once the site answers: the worker's first round (outbox, reminders, clean-up) would
    // otherwise hold the embedded database's one connection while the health check waits.
    running.mail = await startMailServices({ root: ROOT, databaseUrl: database.url, log });
    printWelcome(port);
    await new Promise(() => {}); // serve until a signal or the server stops
  } catch (error) {
    running.build?.cancel();
    await running.mail?.stop().catch(() => {});
    await running.embedded?.stop().catch(() => {});
    running.server?.kill("SIGTERM");
    throw error;
  }
});
