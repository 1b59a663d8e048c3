import path from "node:path";
import type { DeclaredSkip } from "./declared-skips";

// Reads the JSON reports of Vitest and Playwright into one shape for the closing summary of
// `npm test`: how many passed, failed and were skipped, and which skips nobody declared.

export type SkippedTest = { file: string; name: string };
export type RunCounts = { passed: number; failed: number; skipped: SkippedTest[] };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
};

// Vitest marks a skipped test "skipped" or "pending", an `it.todo` "todo": none of them ran.
const NOT_RUN = new Set(["skipped", "pending", "todo", "disabled"]);

export function countVitest(report: VitestReport, root: string): RunCounts {
  return {
    passed: report.numPassedTests,
    // A file that failed without a failed test (it did not load, or a beforeAll threw and
    // its tests were reported skipped) counts as one failure.
    failed:
      report.numFailedTests +
      report.testResults.filter(
        (file) =>
          file.status === "failed" &&
          !file.assertionResults.some((test) => test.status === "failed"),
      ).length,
    skipped: report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => NOT_RUN.has(test.status))
        .map((test) => ({ file: path.relative(root, file.name), name: test.fullName })),
    ),
  };
}

type PlaywrightSuite = {
  title: string;
  file: string;
  specs?: { title: string; file: string; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
};
type PlaywrightReport = {
  config?: { rootDir?: string };
  suites: PlaywrightSuite[];
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
};

export function countPlaywright(report: PlaywrightReport, root: string): RunCounts {
  const skipped: SkippedTest[] = [];
  const testDir = report.config?.rootDir ?? path.join(root, "e2e");
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === "skipped")
          skipped.push({
            file: path.relative(root, path.join(testDir, spec.file)),
            name: [...titles, spec.title].join(" "),
          });
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top-level suites are the files; their title is the file name, not part of the test's.
  for (const file of report.suites) walk(file, []);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped,
  };
}

/** The skips no entry of `declared` allows in this environment. */
export function undeclaredSkips(
  skipped: readonly SkippedTest[],
  declared: readonly DeclaredSkip[],
  env: Record<string, string | undefined>,
): SkippedTest[] {
  return skipped.filter(
    (test) =>
      !declared.some(
        (entry) =>
          entry.file === test.file &&
          (test.name === entry.test || test.name.startsWith(`${entry.test} `)) &&
          !env[entry.onlyWithout] &&
          !env.CI,
      ),
  );
}

export function summaryLine(counts: RunCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped.length} skipped`;
}
