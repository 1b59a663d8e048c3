import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// axe-core runs inside the page (it is bundled, nothing is fetched), so it stays within the
// privacy guard. "serious" and "critical" are the levels the product refuses to ship; lesser
// findings are left to review, as axe marks many of them "needs review" anyway.
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/** Fails the test when axe finds a serious or critical violation on the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  const blocking = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
  expect(blocking, `axe violations on ${page.url()}`).toEqual([]);
}
