import { test as base, expect, type BrowserContext } from "@playwright/test";
import { guardAgainstOverflow, type OverflowGuard } from "./overflow-guard";
import { guardContext } from "./privacy-guard";

// Every spec imports `test` from here, so every browser context it uses — each page, tab and
// popup in it — is checked for the privacy guarantees a browser can see: no CSP violation,
// no request to another host, no connection hint for another host (./privacy-guard.ts);
// and for the layout's: no page wider than its window, at whatever size the project runs
// (./overflow-guard.ts).
// Specs never call browser.newPage()/newContext() (a lint rule forbids it): a second visitor
// gets a context from `newGuardedContext`, under the same guards.

type GuardedContexts = {
  /** Opens another browser context (another visitor), guarded, checked and closed at the end. */
  newGuardedContext: () => Promise<BrowserContext>;
  overflowGuard: OverflowGuard;
};

// (`provide` is Playwright's `use`, renamed so the React hooks lint rule leaves it alone.)
export const test = base.extend<GuardedContexts>({
  // The test's own context: guarded before its first page opens, verified before it closes.
  context: async ({ context, baseURL, javaScriptEnabled }, provide) => {
    const guard = await guardContext(context, baseURL!, { javaScriptEnabled });
    await provide(context);
    await guard.verify();
  },

  // Comes with the test's page (tests that only send requests open no browser context);
  // verified after that page has closed, with its last measure taken just before.
  overflowGuard: async ({ context }, provide) => {
    const guard = await guardAgainstOverflow(context);
    await provide(guard);
    await guard.verify();
  },

  page: async ({ page, overflowGuard }, provide) => {
    await provide(page);
    await overflowGuard.measure(page);
  },

  newGuardedContext: async (
    {
      browser,
      baseURL,
      locale,
      timezoneId,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
    },
    provide,
  ) => {
    const opened: { context: BrowserContext; verify: () => Promise<void> }[] = [];
    await provide(async () => {
      const context = await browser.newContext({
        baseURL,
        locale,
        timezoneId,
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
      });
      const guard = await guardContext(context, baseURL!);
      const overflow = await guardAgainstOverflow(context);
      opened.push({
        context,
        verify: async () => {
          await guard.verify();
          await overflow.verify();
        },
      });
      return context;
    });
    try {
      for (const { verify } of opened) await verify();
    } finally {
      await Promise.all(opened.map(({ context }) => context.close()));
    }
  },
});

export { expect };
