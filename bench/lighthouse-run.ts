import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

// Lighthouse's mobile preset (simulated slow 4G and a 4× slower CPU) on Debian's Chromium,
// driven from Node: nothing is downloaded and no report leaves the machine.

export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";

export type PageFigures = {
  score: number;
  lcpMs: number;
  tbtMs: number;
  scriptKb: number;
  /** Main-thread time by kind (Lighthouse's "mainthread-work-breakdown"), largest first. */
  mainThread: { group: string; ms: number }[];
};

type Audit = { numericValue?: number; details?: { items?: Record<string, unknown>[] } };

export async function withChromium<T>(work: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    return await work(chrome.port);
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run; BENCH_TRACE_DIR=<folder> keeps its report (trace summary) there. */
export async function measurePage(port: number, url: string, label: string): Promise<PageFigures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  });
  if (!result) throw new Error(`lighthouse gave no result for ${label}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse on ${label}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id] as Audit;
  const resources = audit("resource-summary").details?.items ?? [];
  const scripts = resources.find((item) => item.resourceType === "script");
  const breakdown = (audit("mainthread-work-breakdown").details?.items ?? []).map((item) => ({
    group: String(item.groupLabel ?? item.group),
    ms: Number(item.duration),
  }));
  const folder = process.env.BENCH_TRACE_DIR;
  if (folder) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${label}.report.json`), JSON.stringify(lhr));
  }
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcpMs: audit("largest-contentful-paint").numericValue ?? NaN,
    tbtMs: audit("total-blocking-time").numericValue ?? NaN,
    scriptKb: Number(scripts?.transferSize ?? 0) / 1024,
    mainThread: breakdown.sort((a, b) => b.ms - a.ms),
  };
}

/** The run with the median score of `runs` (Lighthouse is noisy on a shared machine). */
export async function medianOfRuns(
  port: number,
  url: string,
  label: string,
  runs: number,
): Promise<PageFigures> {
  const all: PageFigures[] = [];
  for (let run = 0; run < runs; run++) all.push(await measureWithRetries(port, url, label));
  all.sort((a, b) => a.score - b.score || b.tbtMs - a.tbtMs);
  return all[Math.floor(all.length / 2)];
}

// A loaded machine sometimes loses a trace (NO_NAVSTART, NO_FCP…): such a run measures
// nothing, so it is run again rather than counted.
async function measureWithRetries(port: number, url: string, label: string): Promise<PageFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measurePage(port, url, label);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.log(`lighthouse: ${label}: ${(error as Error).message}; running it again`);
    }
  }
}
