import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps every browser context of the e2e specs under the privacy guards
// (eslint.config.mjs): a spec that opens one by hand must fail the lint step.

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function restrictedCalls(code: string, filePath: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => message.ruleId === "no-restricted-syntax")
    .map((message) => message.line);
}

const SPEC = `import { test } from "./fixtures";
test("x", async ({ browser, page, newGuardedContext }) => {
  await browser.newPage();
  await browser.newContext();
  await page.context().browser()!.newContext();
  await page.context().newPage();
  await (await newGuardedContext()).newPage();
});
`;

describe("the e2e browser-context lint rule", () => {
  it("refuses browser.newPage / newContext in a spec, and allows guarded ones", async () => {
    expect(await restrictedCalls(SPEC, "e2e/probe.spec.ts")).toEqual([3, 4, 5]);
  }, 60_000);

  it("lets the fixtures, which guard what they open, call them", async () => {
    expect(await restrictedCalls(SPEC, "e2e/fixtures.ts")).toEqual([]);
  }, 60_000);
});
