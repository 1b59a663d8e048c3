import { describe, expect, it } from "vitest";
import type { DeclaredSkip } from "./declared-skips";
import { countPlaywright, countVitest, summaryLine, undeclaredSkips } from "./test-report";

const ROOT = "/repo";

// Shapes as Vitest 4 and Playwright 1.65 write them (trimmed to what the summary reads).
const vitestReport = {
  numPassedTests: 3,
  numFailedTests: 1,
  numPendingTests: 2,
  testResults: [
    {
      name: "/repo/lib/a.int.test.ts",
      status: "passed",
      assertionResults: [
        { fullName: "races 50 clients", status: "skipped" },
        { fullName: "races one client", status: "passed" },
        { fullName: "a todo", status: "todo" },
      ],
    },
    { name: "/repo/lib/b.test.ts", status: "failed", assertionResults: [] },
  ],
};

const playwrightReport = {
  config: { rootDir: "/repo/e2e" },
  stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 1 },
  suites: [
    {
      title: "home.spec.ts",
      file: "home.spec.ts",
      specs: [{ title: "loads", file: "home.spec.ts", tests: [{ status: "expected" }] }],
      suites: [
        {
          title: "the header",
          file: "home.spec.ts",
          specs: [{ title: "is sticky", file: "home.spec.ts", tests: [{ status: "skipped" }] }],
        },
      ],
    },
  ],
};

describe("countVitest", () => {
  it("counts skipped and todo tests as skipped, and a file that failed to load as a failure", () => {
    expect(countVitest(vitestReport, ROOT)).toEqual({
      passed: 3,
      failed: 2,
      skipped: [
        { file: "lib/a.int.test.ts", name: "races 50 clients" },
        { file: "lib/a.int.test.ts", name: "a todo" },
      ],
    });
  });
});

describe("countPlaywright", () => {
  it("counts flaky as passed and names skipped tests with their describe blocks", () => {
    expect(countPlaywright(playwrightReport, ROOT)).toEqual({
      passed: 5,
      failed: 1,
      skipped: [{ file: "e2e/home.spec.ts", name: "the header is sticky" }],
    });
  });
});

describe("undeclaredSkips", () => {
  const declared: DeclaredSkip[] = [
    { file: "lib/a.int.test.ts", test: "races", reason: "needs a server", onlyWithout: "DB_URL" },
  ];
  const skipped = countVitest(vitestReport, ROOT).skipped;

  it("lets a declared skip through only while its variable is unset and CI is not", () => {
    expect(undeclaredSkips(skipped, declared, {})).toEqual([
      { file: "lib/a.int.test.ts", name: "a todo" },
    ]);
    expect(undeclaredSkips(skipped, declared, { DB_URL: "postgresql://x" })).toEqual(skipped);
    expect(undeclaredSkips(skipped, declared, { CI: "true" })).toEqual(skipped);
  });

  it("matches whole words of the name, in the same file only", () => {
    const elsewhere = [
      { file: "lib/b.int.test.ts", name: "races 50 clients" },
      { file: "lib/a.int.test.ts", name: "racesque" },
    ];
    expect(undeclaredSkips(elsewhere, declared, {})).toEqual(elsewhere);
  });
});

describe("summaryLine", () => {
  it("reports skipped tests beside passed and failed ones", () => {
    expect(summaryLine({ passed: 7, failed: 0, skipped: [{ file: "f", name: "n" }] })).toBe(
      "7 passed, 0 failed, 1 skipped",
    );
  });
});
