import { startServer } from "./bench-server";
import { medianOfRuns, withChromium, type PageFigures } from "./lighthouse-run";
import { ensureDemoData } from "./pages-dataset";
import { ensureDatabase } from "./search-dataset";
import { measureThroughput, type Throughput } from "./throughput";
import { CliError, runCli } from "../scripts/lib/cli";

// npm run bench:pages — how far the public pages are from the framework's floor, on a
// production build with the demo data (database praxis_bench_pages on the local server, or
// BENCH_DATABASE_URL):
// 1. Lighthouse (mobile preset, Debian's Chromium) on the home, search results, profile and
//    booking pages beside /etalon, a page of the same build that renders only the layout;
// 2. requests per second with 20 connections on the same pages beside GET /healthz.
// Lighthouse lives here, never in `npm test`: it is too noisy on a shared machine.

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/praxis_bench_pages";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const CONNECTIONS = 20;
const SECONDS = Math.max(3, Number(process.env.BENCH_SECONDS) || 10);
const TARGETS = { score: 95, tbtMs: 150, profileHtmlKb: 120 };
// Share of the health-check rate each page must reach.
const RATE_TARGETS: Record<string, number> = { home: 0.5, search: 0.15, profile: 0.15 };
// BENCH_PAGES=search,profile measures only those (beside the bare page), to try a change.
const ONLY = process.env.BENCH_PAGES?.split(",").map((label) => label.trim());

type Page = { label: string; path: string };

const log = (line: string) => console.log(line);

runCli("bench:pages", async () => {
  const url = process.env.BENCH_DATABASE_URL || DEFAULT_URL;
  await ensureDatabase(url, log);
  const { slug, motiveId } = await ensureDemoData(url, log);
  const pages: Page[] = [
    { label: "bare", path: "/etalon" },
    { label: "home", path: "/" },
    { label: "search", path: "/recherche?q=generaliste&place=Paris" },
    { label: "profile", path: `/praticiens/${slug}` },
    { label: "booking", path: `/rendez-vous/${slug}?motif=${motiveId}` },
  ].filter((page) => page.label === "bare" || !ONLY || ONLY.includes(page.label));
  const server = await startServer(url, log);
  try {
    const html = new Map<string, number>();
    for (const page of pages) {
      const response = await fetch(server.baseUrl + page.path);
      const body = await response.text();
      if (response.status !== 200) throw new CliError(`${page.path}: HTTP ${response.status}`);
      html.set(page.label, Buffer.byteLength(body) / 1024);
    }

    const figures = await withChromium(async (port) => {
      const result = new Map<string, PageFigures>();
      for (const page of pages) {
        log(`lighthouse: ${page.label} (${RUNS} run${RUNS > 1 ? "s" : ""})`);
        result.set(
          page.label,
          await medianOfRuns(port, server.baseUrl + page.path, page.label, RUNS),
        );
      }
      return result;
    });

    const rates = new Map<string, Throughput>();
    for (const target of [{ label: "healthz", path: "/healthz" }, ...pages]) {
      log(`throughput: ${target.label} (${CONNECTIONS} connections, ${SECONDS} s)`);
      const targetUrl = server.baseUrl + target.path;
      await measureThroughput(targetUrl, {
        connections: CONNECTIONS,
        seconds: 2,
        cpuMs: server.cpuMs,
      });
      rates.set(
        target.label,
        await measureThroughput(targetUrl, {
          connections: CONNECTIONS,
          seconds: SECONDS,
          cpuMs: server.cpuMs,
        }),
      );
    }

    const missed = report(pages, html, figures, rates);
    if (missed.length > 0) throw new CliError(`targets missed: ${missed.join("; ")}`);
  } finally {
    server.stop();
  }
});

function report(
  pages: Page[],
  html: Map<string, number>,
  figures: Map<string, PageFigures>,
  rates: Map<string, Throughput>,
): string[] {
  const missed: string[] = [];
  const bare = figures.get("bare")!;
  const health = rates.get("healthz")!;
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  console.log(
    `\nbench:pages — Lighthouse mobile, median of ${RUNS} run(s); bare = /etalon (layout only)`,
  );
  console.log(
    `${"page".padEnd(9)}${pad("score", 7)}${pad("LCP ms", 9)}${pad("TBT ms", 9)}${pad("script kB", 11)}${pad("HTML kB", 9)}   vs bare: score, TBT, script`,
  );
  for (const { label } of pages) {
    const page = figures.get(label)!;
    console.log(
      `${label.padEnd(9)}${pad(page.score, 7)}${pad(page.lcpMs.toFixed(0), 9)}${pad(page.tbtMs.toFixed(0), 9)}` +
        `${pad(page.scriptKb.toFixed(1), 11)}${pad(html.get(label)!.toFixed(1), 9)}   ` +
        `${(page.score / bare.score).toFixed(2)}, ${(page.tbtMs / Math.max(bare.tbtMs, 1)).toFixed(2)}, ${(page.scriptKb / bare.scriptKb).toFixed(2)}`,
    );
    const top = page.mainThread.slice(0, 3).map((item) => `${item.group} ${item.ms.toFixed(0)} ms`);
    console.log(`${"".padEnd(9)}main thread: ${top.join(", ")}`);
    if (label === "bare") continue;
    if (page.score < TARGETS.score) missed.push(`${label} score ${page.score} < ${TARGETS.score}`);
    if (page.tbtMs > TARGETS.tbtMs)
      missed.push(`${label} TBT ${page.tbtMs.toFixed(0)} ms > ${TARGETS.tbtMs}`);
  }
  const profileHtml = html.get("profile") ?? 0;
  if (profileHtml > TARGETS.profileHtmlKb)
    missed.push(`profile HTML ${profileHtml.toFixed(0)} kB > ${TARGETS.profileHtmlKb}`);

  console.log(`\nserver throughput — ${CONNECTIONS} connections, ${SECONDS} s each, same server`);
  for (const [label, rate] of rates) {
    const share = rate.perSecond / health.perSecond;
    const target = RATE_TARGETS[label];
    const verdict =
      target === undefined
        ? ""
        : `  (target ≥ ${target * 100} %: ${share >= target ? "met" : "NOT met"})`;
    console.log(
      `${label.padEnd(9)}${pad(rate.perSecond.toFixed(1), 9)} req/s  p50 ${pad(rate.p50.toFixed(0), 5)} ms  p97.5 ${pad(rate.p97.toFixed(0), 5)} ms  answered ${rate.answered}  failures ${rate.failures}  ` +
        `${(share * 100).toFixed(1)} % of /healthz${verdict}\n${"".padEnd(9)}server CPU ${rate.cpuMsPerRequest.toFixed(1)} ms/request ` +
        `(/healthz's is ${((health.cpuMsPerRequest / rate.cpuMsPerRequest) * 100).toFixed(1)} % of it: the share a CPU-bound server would reach)`,
    );
    if (rate.failures > 0) missed.push(`${label}: ${rate.failures} failed requests`);
    if (rate.answered === 0)
      missed.push(`${label}: no request answered in ${SECONDS} s (raise BENCH_SECONDS)`);
    if (target !== undefined && share < target)
      missed.push(`${label} ${(share * 100).toFixed(1)} % of /healthz < ${target * 100} %`);
  }
  console.log(
    `\ntargets: score ≥ ${TARGETS.score}, TBT ≤ ${TARGETS.tbtMs} ms, profile HTML ≤ ${TARGETS.profileHtmlKb} kB`,
  );
  return missed;
}
