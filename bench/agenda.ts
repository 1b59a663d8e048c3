import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { startServer, type BenchServer } from "./bench-server";
import { mintSessionCookie } from "./booking-server";
import {
  createAccount,
  createBookablePractice,
  PARIS,
  type TestAccount,
} from "../lib/appointments/testing/booking-fixtures";
import { createPrismaClient, type PrismaClient } from "../lib/db-client";
import { isoDateOfLocalDay, localDayAt, zonedToUtc } from "../lib/utils/zoned-time";
import { CliError, runCli } from "../scripts/lib/cli";
import { createTestDatabase } from "../scripts/testing/test-database";

// npm run bench:agenda — the practitioner's agenda with a busy week (300 appointments):
// the week view's HTML and GET /api/v1/practitioner/appointments for that week on a real
// `next start`, one request at a time, beside a hand-written SQL query returning the same
// rows. Also the week page's size and the JavaScript the agenda adds to the bare layout
// (/etalon). Targets: page p95 ≤ 100 ms, API p95 ≤ 2 × SQL p95, HTML ≤ 150 kB, added JS
// ≤ 60 kB compressed. Needs TEST_DATABASE_URL (a real PostgreSQL server).

const RUNS = Math.max(20, Number(process.env.BENCH_RUNS) || 200);
const WARM_UP = 20;
const APPOINTMENTS = 300;
const TARGETS = { pageP95Ms: 100, apiToSql: 2, htmlKb: 150, addedJsKb: 60 };

type Timing = { median: number; p95: number };

runCli("bench:agenda", async () => {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new CliError("set TEST_DATABASE_URL to a PostgreSQL server");
  process.env.TEST_DATABASE_URL = serverUrl;
  const database = await createTestDatabase();
  const prisma = createPrismaClient(database.url, 4);
  const authSecret = randomBytes(32).toString("base64url");
  let server: BenchServer | null = null;
  try {
    const { practitionerId, userId, week } = await createBusyWeek(prisma);
    const cookie = await mintSessionCookie(prisma, userId, authSecret);
    server = await startServer(database.url, (line) => console.log(line), authSecret);
    const base = server.baseUrl;
    const get = async (path: string) => {
      const response = await fetch(base + path, { headers: { Cookie: cookie } });
      const body = await response.text();
      if (response.status !== 200) throw new CliError(`${path}: HTTP ${response.status}`);
      return body;
    };
    const pagePath = `/espace-praticien?date=${week.from}&vue=semaine`;
    const apiPath = `/api/v1/practitioner/appointments?from=${week.from}&to=${week.to}`;
    const html = await get(pagePath);
    const apiIds = (
      JSON.parse(await get(apiPath)) as { appointments: { id: string }[] }
    ).appointments.map((row) => row.id);

    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    const sql = () => pool.query(REFERENCE_SQL, [practitionerId, week.fromInstant, week.toInstant]);
    const sqlIds = (await sql()).rows.map((row: { id: string }) => row.id);
    if (apiIds.length !== APPOINTMENTS || apiIds.join() !== sqlIds.join()) {
      throw new CliError(`the API and the SQL differ (${apiIds.length} vs ${sqlIds.length} rows)`);
    }
    const page = await time(() => get(pagePath));
    const api = await time(() => get(apiPath));
    const reference = await time(sql);
    await pool.end();
    const js = await addedJavaScript(base, html, await get("/etalon"));
    report({ page, api, reference, htmlKb: Buffer.byteLength(html) / 1024, html, js });
  } finally {
    server?.stop();
    await prisma.$disconnect();
    await database.drop();
  }
});

// The same rows as the API: the week's appointments with patient, motive and who booked.
const REFERENCE_SQL = `
  SELECT a.id, a.starts_at, a.ends_at, a.status, a.location_id,
    p.id AS patient_id, p.first_name, p.last_name, p.owner_id, p.relationship,
    p.created_by_practitioner_id, m.id AS motive_id, m.name AS motive_name,
    u.id AS booked_by_id, u.role AS booked_by_role
  FROM appointments a
  JOIN patients p ON p.id = a.patient_id
  JOIN motives m ON m.id = a.motive_id
  LEFT JOIN users u ON u.id = a.booked_by_id
  WHERE a.practitioner_id = $1 AND a.starts_at >= $2::timestamptz - interval '1 day'
    AND a.starts_at < $3 AND a.ends_at > $2
  ORDER BY a.starts_at, a.id`;

/** Next week, 07:00–21:00 every day, filled with 300 appointments of 20 minutes. */
async function createBusyWeek(prisma: PrismaClient) {
  const practice = await createBookablePractice(prisma, { openFrom: 7 * 60, openUntil: 21 * 60 });
  const user = await prisma.user.create({
    data: { email: `bench-agenda-${Date.now()}@praxis.test`, role: "PRACTITIONER" },
  });
  await prisma.practitioner.update({
    where: { id: practice.practitionerId },
    data: { userId: user.id },
  });
  const accounts: TestAccount[] = [];
  for (let index = 0; index < 60; index++)
    accounts.push(await createAccount(prisma, `agenda-${index}`));
  const today = localDayAt(Date.now(), PARIS);
  const monday = today - ((today + 3) % 7) + 7;
  const perDay = Math.ceil(APPOINTMENTS / 7);
  const rows = Array.from({ length: APPOINTMENTS }, (_, index) => {
    const day = monday + Math.floor(index / perDay);
    const startsAt = zonedToUtc(day, 7 * 60 + (index % perDay) * 20, PARIS)!;
    const account = accounts[index % accounts.length];
    return {
      practitionerId: practice.practitionerId,
      patientId: index % 3 === 0 ? account.relativeId : account.selfId,
      bookedById: account.userId,
      motiveId: practice.motiveId,
      locationId: practice.locationId,
      startsAt: new Date(startsAt),
      endsAt: new Date(startsAt + 20 * 60_000),
    };
  });
  await prisma.appointment.createMany({ data: rows });
  return {
    practitionerId: practice.practitionerId,
    userId: user.id,
    week: {
      from: isoDateOfLocalDay(monday),
      to: isoDateOfLocalDay(monday + 6),
      fromInstant: new Date(zonedToUtc(monday, 0, PARIS)!),
      toInstant: new Date(zonedToUtc(monday + 7, 0, PARIS)!),
    },
  };
}

async function time(operation: () => Promise<unknown>): Promise<Timing> {
  for (let index = 0; index < WARM_UP; index++) await operation();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    await operation();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (share: number) =>
    samples[Math.min(samples.length - 1, Math.floor(share * samples.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const scriptsOf = (html: string) =>
  new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]));

/** Compressed size of the scripts the agenda page loads that the bare layout does not. */
async function addedJavaScript(base: string, agendaHtml: string, bareHtml: string) {
  const bare = scriptsOf(bareHtml);
  const added = [...scriptsOf(agendaHtml)].filter((src) => !bare.has(src));
  let bytes = 0;
  for (const src of added) bytes += gzipSync(await (await fetch(base + src)).arrayBuffer()).length;
  return { files: added.length, kb: bytes / 1024 };
}

function report(figures: {
  page: Timing;
  api: Timing;
  reference: Timing;
  htmlKb: number;
  html: string;
  js: { files: number; kb: number };
}): void {
  const { page, api, reference, htmlKb, js } = figures;
  const row = (label: string, timing: Timing) =>
    `${label.padEnd(52)} median ${timing.median.toFixed(1).padStart(6)} ms   p95 ${timing.p95.toFixed(1).padStart(6)} ms`;
  const ratio = api.p95 / reference.p95;
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  const gzipKb = gzipSync(figures.html).length / 1024;
  const checks = [
    [`page p95 ≤ ${TARGETS.pageP95Ms} ms`, page.p95 <= TARGETS.pageP95Ms],
    [`API p95 ≤ ${TARGETS.apiToSql} × SQL p95 (${ratio.toFixed(2)} ×)`, ratio <= TARGETS.apiToSql],
    [
      `week HTML ≤ ${TARGETS.htmlKb} kB (${htmlKb.toFixed(1)} kB, ${gzipKb.toFixed(1)} kB gzip)`,
      htmlKb <= TARGETS.htmlKb,
    ],
    [
      `client JS added ≤ ${TARGETS.addedJsKb} kB gzip (${js.kb.toFixed(1)} kB in ${js.files} files)`,
      js.kb <= TARGETS.addedJsKb,
    ],
  ] as const;
  console.log(
    `\nbench:agenda — a week of ${APPOINTMENTS} appointments, ${RUNS} calls each, one at a time`,
  );
  console.log(row("HTML     GET /espace-praticien?vue=semaine", page));
  console.log(row("HTTP API GET /api/v1/practitioner/appointments", api));
  console.log(row("raw SQL  the same rows", reference));
  for (const [label, met] of checks) console.log(`target: ${label}: ${verdict(met)}`);
  if (checks.some(([, met]) => !met)) throw new CliError("a target was missed");
}
