import pg from "pg";
import { startServer, type BenchServer } from "./bench-server";
import {
  ensureBookings,
  ensureDatabase,
  ensurePractitioners,
  PRACTITIONERS,
} from "./search-dataset";
import {
  referenceParameters,
  referenceSql,
  runReference,
  sequentialScans,
  type ReferenceInput,
} from "./search-reference";
import { CliError, runCli } from "../scripts/lib/cli";

// `npm run bench:search`: search latency on 10,000 practitioners. Builds (or reuses) the
// data set in DATABASE_URL (default: praxis_bench on the local server), brings the
// availability summaries up to date, starts a production server (or uses BENCH_URL), then
// calls GET /api/v1/practitioners for typical searches, one request at a time, and compares
// with a hand-written SQL statement giving the same first page. Exits non-zero when a
// target is missed, an answer differs or a plan scans a big table sequentially.

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/praxis_bench";
const RUNS = Math.max(200, Number(process.env.BENCH_RUNS) || 200);
const WARM_UP = 20;
const TARGET_P95_MS = 50;
const BIG_TABLES = ["practitioners", "appointments", "locations"];

const SEARCHES: { label: string; params: Record<string, string> }[] = [
  { label: "specialty + city", params: { q: "cardiologue", place: "Paris" } },
  { label: "name", params: { q: "Dr Lefevre" } },
  { label: "typo", params: { q: "cardiolgue", place: "Lyon" } },
  {
    label: "specialty + city + ≤ 3 days",
    params: { q: "generaliste", place: "Paris", availableWithinDays: "3" },
  },
  {
    label: "soonest first",
    params: { q: "dermatologue", place: "Marseille", sort: "availability" },
  },
];

const log = (line: string) => console.log(line);

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

async function time(
  runs: number,
  call: () => Promise<void>,
): Promise<{ median: number; p95: number }> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

runCli("bench:search", async () => {
  const url = process.env.DATABASE_URL || DEFAULT_URL;
  await ensureDatabase(url, log);
  await ensurePractitioners(url, log);
  const booked = await ensureBookings(url, log);
  log(
    `dataset: ${PRACTITIONERS.toLocaleString("en-US")} practitioners, ${(booked * 100).toFixed(1)} % of the next 90 days booked`,
  );

  // The app's own modules read DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  const { refreshAllStaleSummaries } = await import("../lib/search/summaries/refresh-summaries");
  const { matchSearchText } = await import("../lib/search/match-search-text");
  const { candidatesSql } = await import("../lib/search/queries");
  const { resolvePlace } = await import("../lib/places/communes");
  const { DEFAULT_RADIUS_KM } = await import("../lib/search/schemas");
  const { MAX_CANDIDATES } = await import("../lib/search/search-practitioners");
  const { db } = await import("../lib/db");
  const { Prisma } = await import("../lib/generated/prisma/client");

  const warmStarted = performance.now();
  const refreshed = await refreshAllStaleSummaries();
  log(
    `summaries: ${refreshed} recomputed in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s`,
  );

  // BENCH_URL: a server already running against the benchmark's database.
  const server: BenchServer = process.env.BENCH_URL
    ? { baseUrl: process.env.BENCH_URL.replace(/\/$/, ""), stop: () => {}, cpuMs: () => NaN }
    : await startServer(url, log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const failures: string[] = [];
  try {
    log(`\n${RUNS} sequential requests per search (after ${WARM_UP} to warm up)\n`);
    log(
      "search                        API median  API p95   SQL median  SQL p95   p95 ratio  same page  seq scans",
    );
    for (const { label, params } of SEARCHES) {
      const address = `${server.baseUrl}/api/v1/practitioners?${new URLSearchParams(params)}`;
      let firstPage: string[] = [];
      const call = async () => {
        const response = await fetch(address);
        if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
        firstPage = ((await response.json()) as { results: { slug: string }[] }).results.map(
          (r) => r.slug,
        );
      };
      await time(WARM_UP, call);
      const api = await time(RUNS, call);

      const text = (await matchSearchText(params.q))!;
      const place = params.place ? resolvePlace(params.place) : null;
      const centre = place ? { ...place, radiusMeters: DEFAULT_RADIUS_KM * 1000 } : null;
      const input: ReferenceInput = {
        specialties:
          text.match.kind === "name"
            ? []
            : text.match.specialties.map((s) => ({ id: s.specialtyId, score: s.score })),
        name: text.match.name,
        mode: text.match.kind,
        centre,
        withinDays: params.availableWithinDays ? Number(params.availableWithinDays) : null,
        sort: params.sort === "availability" || !place ? "availability" : "distance",
      };
      let referencePage: string[] = [];
      await time(WARM_UP, async () => void (referencePage = await runReference(client, input)));
      const sql = await time(
        RUNS,
        async () => void (referencePage = await runReference(client, input)),
      );

      const filters = {
        match: text.match,
        specialtyId: null,
        centre,
        teleconsultation: false,
        newPatients: false,
        language: null,
        now: new Date(),
        limit: MAX_CANDIDATES + 1,
      };
      const [appPlan] = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>(
        Prisma.sql`EXPLAIN (FORMAT JSON) ${candidatesSql(filters)}`,
      );
      const { rows: referencePlan } = await client.query(
        `EXPLAIN (FORMAT JSON) ${referenceSql(input)}`,
        referenceParameters(input),
      );
      const scans = [
        ...sequentialScans(appPlan["QUERY PLAN"], BIG_TABLES),
        ...sequentialScans(referencePlan[0]["QUERY PLAN"], BIG_TABLES),
      ];

      const samePage = JSON.stringify(firstPage) === JSON.stringify(referencePage);
      log(
        `${label.padEnd(30)}${api.median.toFixed(1).padStart(8)} ms${api.p95.toFixed(1).padStart(8)} ms` +
          `${sql.median.toFixed(1).padStart(9)} ms${sql.p95.toFixed(1).padStart(8)} ms` +
          `${(api.p95 / sql.p95).toFixed(1).padStart(9)}×  ${(samePage ? "yes" : "NO").padStart(9)}  ${scans.join(", ") || "none"}`,
      );
      if (api.p95 > TARGET_P95_MS)
        failures.push(`${label}: p95 ${api.p95.toFixed(1)} ms > ${TARGET_P95_MS} ms`);
      if (!samePage)
        failures.push(`${label}: the API and the reference SQL disagree on the first page`);
      if (scans.length > 0) failures.push(`${label}: sequential scan on ${scans.join(", ")}`);
    }
  } finally {
    server.stop();
    await client.end();
    await db.$disconnect();
  }
  if (failures.length > 0) throw new CliError(`missed:\n  ${failures.join("\n  ")}`);
  log(
    `\nall searches: p95 ≤ ${TARGET_P95_MS} ms, same first page as the reference SQL, no sequential scan`,
  );
});
