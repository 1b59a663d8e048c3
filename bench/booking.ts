import { randomBytes } from "node:crypto";
import pg from "pg";
import { startServer } from "./bench-server";
import { mintSessionCookie } from "./booking-server";
import {
  createAccount,
  createBookablePractice,
  type TestAccount,
} from "../lib/appointments/testing/booking-fixtures";
import { createPrismaClient } from "../lib/db-client";
import { CliError, runCli } from "../scripts/lib/cli";
import { createTestDatabase } from "../scripts/testing/test-database";

// npm run bench:booking — bookings per second and latency through the HTTP API (a real
// `next start`, real sessions, POST /api/v1/appointments) with 50 concurrent clients on
// distinct slots, beside GET /healthz on the same server (the ceiling of any route here:
// one SELECT 1, no session, no body) and raw SQL INSERTs into the same table. Target: the
// API reaches at least 35 % of the health-check rate. Latency is also measured with 5
// clients: at 50 it is mostly queueing (50 ÷ throughput).

const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const FEW_CLIENTS = 5;
const BOOKINGS = Number(process.env.BENCH_BOOKINGS || 1000);
const FEW_BOOKINGS = Math.ceil(BOOKINGS / 4);
const WARM_UP = 100;
const TARGET_RATIO = 0.35;

type Sample = { ms: number; ok: boolean };
type Result = { perSecond: number; median: number; p95: number; failures: number };

runCli("bench:booking", async () => {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new CliError(
      "set TEST_DATABASE_URL to a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/postgres (the embedded database runs one transaction at a time)",
    );
  }
  process.env.TEST_DATABASE_URL = serverUrl;
  const database = await createTestDatabase();
  // The engine lists the slots to book (lib/db reads DATABASE_URL on first use).
  process.env.DATABASE_URL = database.url;
  const prisma = createPrismaClient(database.url, 4);
  const authSecret = randomBytes(32).toString("base64url");
  let stopServer = () => {};
  try {
    const [apiPractice, sqlPractice] = [
      await createBookablePractice(prisma, { openFrom: 0, openUntil: 1440 }),
      await createBookablePractice(prisma, { openFrom: 0, openUntil: 1440 }),
    ];
    const accounts: TestAccount[] = [];
    for (let index = 0; index < CLIENTS; index++)
      accounts.push(await createAccount(prisma, `bench-${index}`));
    const cookies = await Promise.all(
      accounts.map((account) => mintSessionCookie(prisma, account.userId, authSecret)),
    );
    const starts = await offeredStarts(
      apiPractice.practitionerId,
      apiPractice.motiveId,
      WARM_UP + BOOKINGS + FEW_BOOKINGS,
    );

    const server = await startServer(database.url, (line) => console.log(line), authSecret);
    stopServer = server.stop;
    const book = (slot: number, client: number) =>
      fetch(`${server.baseUrl}/api/v1/appointments`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Cookie: cookies[client],
          "Idempotency-Key": `bench-${slot}-${randomBytes(6).toString("hex")}`,
        },
        body: JSON.stringify({
          practitionerId: apiPractice.practitionerId,
          motiveId: apiPractice.motiveId,
          patientId: accounts[client].selfId,
          startsAt: starts[slot].toISOString(),
        }),
      }).then(async (response) => {
        const body = await response.text();
        if (response.status !== 201)
          throw new Error(`HTTP ${response.status} ${body.slice(0, 200)}`);
        return true;
      });
    await runConcurrently(WARM_UP, CLIENTS, (slot, client) => book(slot, client));
    const api = await runConcurrently(BOOKINGS, CLIENTS, (slot, client) =>
      book(WARM_UP + slot, client),
    );
    const apiFew = await runConcurrently(FEW_BOOKINGS, FEW_CLIENTS, (slot, client) =>
      book(WARM_UP + BOOKINGS + slot, client),
    );
    // The ceiling any route reaches here: the same server answering its health check (one
    // SELECT 1), no session, no body. Booking cannot be faster than this.
    const probe = () =>
      fetch(`${server.baseUrl}/healthz`).then(async (response) => {
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`healthz: HTTP ${response.status}`);
        return true;
      });
    await runConcurrently(WARM_UP, CLIENTS, probe);
    const floor = await runConcurrently(BOOKINGS, CLIENTS, probe);
    stopServer();

    const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
    const firstStart = Date.now() + 86_400_000;
    const insert = (slot: number, client: number) => {
      const startsAt = new Date(firstStart + slot * 1_800_000);
      return pool
        .query(
          `INSERT INTO appointments (practitioner_id, patient_id, motive_id, location_id, starts_at, ends_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, now())`,
          [
            sqlPractice.practitionerId,
            accounts[client].selfId,
            sqlPractice.motiveId,
            sqlPractice.locationId,
            startsAt,
            new Date(startsAt.getTime() + 1_800_000),
          ],
        )
        .then(() => true);
    };
    await runConcurrently(WARM_UP, CLIENTS, (slot, client) => insert(BOOKINGS + slot, client));
    const sql = await runConcurrently(BOOKINGS, CLIENTS, (slot, client) => insert(slot, client));
    await pool.end();

    report(api, apiFew, floor, sql);
  } finally {
    stopServer();
    await prisma.$disconnect();
    // offeredStarts used the app's own client: its idle connections must go before the drop.
    await (await import("../lib/db")).db.$disconnect();
    await database.drop();
  }
});

/** The first `count` starts the engine offers, as a client would pick them. */
async function offeredStarts(
  practitionerId: string,
  motiveId: string,
  count: number,
): Promise<Date[]> {
  const { getAvailability } = await import("../lib/availability/get-availability");
  const now = new Date();
  const [availability] = await getAvailability({
    practitionerIds: [practitionerId],
    motiveId,
    from: new Date(now.getTime() + 86_400_000),
    to: new Date(now.getTime() + 59 * 86_400_000),
    now,
  });
  const starts = (availability?.slots ?? []).map((slot) => slot.startsAt).slice(0, count);
  if (starts.length < count)
    throw new CliError(`only ${starts.length} slots offered; lower BENCH_BOOKINGS`);
  return starts;
}

/** `total` operations by `clients` workers, each taking the next index when done. */
async function runConcurrently(
  total: number,
  clients: number,
  operation: (index: number, client: number) => Promise<boolean>,
): Promise<Result> {
  const samples: Sample[] = [];
  let next = 0;
  let failures = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let index = next++; index < total; index = next++) {
        const start = performance.now();
        const ok = await operation(index, client).catch((error: unknown) => {
          if (failures++ === 0)
            console.error(`first failure: ${(error as Error)?.message ?? error}`);
          return false;
        });
        samples.push({ ms: performance.now() - start, ok });
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return {
    perSecond: samples.filter((sample) => sample.ok).length / seconds,
    median: at(0.5),
    p95: at(0.95),
    failures: samples.filter((sample) => !sample.ok).length,
  };
}

function report(api: Result, apiFew: Result, floor: Result, sql: Result): void {
  const line = (label: string, result: Result, unit: string) =>
    `${label.padEnd(44)} ${result.perSecond.toFixed(1).padStart(8)} ${unit}/s   median ${result.median.toFixed(1)} ms   p95 ${result.p95.toFixed(1)} ms   failures ${result.failures}`;
  const ratio = api.perSecond / floor.perSecond;
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  console.log(
    `\nbench:booking — ${BOOKINGS} operations with ${CLIENTS} concurrent clients (after ${WARM_UP} to warm up), ${FEW_BOOKINGS} bookings with ${FEW_CLIENTS}`,
  );
  console.log(line(`HTTP API  POST /api/v1/appointments ×${CLIENTS}`, api, "bookings"));
  console.log(line(`HTTP API  POST /api/v1/appointments ×${FEW_CLIENTS}`, apiFew, "bookings"));
  console.log(line(`HTTP      GET /healthz (SELECT 1) ×${CLIENTS}`, floor, "requests"));
  console.log(line(`raw SQL   INSERT INTO appointments ×${CLIENTS}`, sql, "inserts"));
  console.log(
    `ratio: booking reaches ${percent(ratio)} of the health-check rate (target ≥ ${TARGET_RATIO * 100} %: ${ratio >= TARGET_RATIO ? "met" : "NOT met"}), ` +
      `${percent(api.perSecond / sql.perSecond)} of the raw-SQL rate; p95 ${apiFew.p95.toFixed(0)} ms at ${FEW_CLIENTS} clients, ${api.p95.toFixed(0)} ms at ${CLIENTS}`,
  );
}
