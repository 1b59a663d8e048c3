import { expect, type BrowserContext, type Page } from "@playwright/test";

// The two privacy guarantees a browser can see — no Content-Security-Policy violation, no
// connection to another host — checked on a whole browser context: every page, every tab a
// test opens, every popup, every worker. e2e/fixtures.ts guards each test's context with it,
// and `newGuardedContext` there guards the contexts a test opens for a second visitor.

export type PrivacyGuard = {
  cspViolations: string[];
  foreignRequests: string[];
  foreignHints: string[];
  /** Lets in-flight reports arrive, reads the open pages once more, then fails on any finding. */
  verify: () => Promise<void>;
};

// Hints that make the browser resolve or connect to a host without a request the route
// below could see (preconnect, dns-prefetch) or that fetch a page ahead of time.
const HINT_RELS = [
  "preconnect",
  "dns-prefetch",
  "prefetch",
  "prerender",
  "preload",
  "modulepreload",
];

type HintReport = { kind: string; url: string };

// Runs in the page before any of its scripts (init scripts are injected by the driver, so the
// page's CSP does not block them) and reports through the binding exposed below.
function watchPage(hintRels: string[]): void {
  const report = (kind: string, detail: string) =>
    (
      window as unknown as { __privacyGuard: (kind: string, detail: string) => void }
    ).__privacyGuard(kind, detail);
  // On window: document.open() (page.setContent) erases the document's listeners.
  window.addEventListener(
    "securitypolicyviolation",
    (event) =>
      report(
        "csp",
        `${event.effectiveDirective} blocked ${event.blockedURI} on ${event.documentURI}`,
      ),
    true,
  );
  const hintsIn = (element: Element): { kind: string; url: string }[] => {
    if (element instanceof HTMLLinkElement) {
      const rels = element.rel.toLowerCase().split(/\s+/);
      return rels
        .filter((rel) => hintRels.includes(rel))
        .map((rel) => ({ kind: `link rel=${rel}`, url: element.href }));
    }
    if (element instanceof HTMLScriptElement && element.type === "speculationrules") {
      const urls = (element.textContent ?? "").match(/"(?:[a-z][a-z0-9+.-]*:)?\/\/[^"]+"/gi) ?? [];
      return urls.map((url) => ({
        kind: "speculation rules",
        url: new URL(JSON.parse(url), document.baseURI).href,
      }));
    }
    return [];
  };
  const scan = (root: ParentNode | Element) => {
    const elements = root instanceof Element ? [root] : [];
    elements.push(...root.querySelectorAll("link, script[type=speculationrules]"));
    for (const element of elements)
      for (const hint of hintsIn(element)) report("hint", JSON.stringify(hint));
  };
  // Hints count even if removed before the test ends, so they are caught as they appear.
  new MutationObserver((mutations) => {
    for (const { target, addedNodes } of mutations) {
      // A changed attribute, or new text inside a <script type=speculationrules>.
      const element = target instanceof Element ? target : target.parentElement;
      if (element) for (const hint of hintsIn(element)) report("hint", JSON.stringify(hint));
      for (const node of addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
    attributeFilter: ["rel", "href", "type"],
  });
  (window as unknown as { __privacyGuardScan: () => void }).__privacyGuardScan = () =>
    scan(document);
}

/** Guards `context` (attach before its first page opens); call `verify()` when done. */
export async function guardContext(
  context: BrowserContext,
  appUrl: string,
  { javaScriptEnabled = true }: { javaScriptEnabled?: boolean } = {},
): Promise<PrivacyGuard> {
  // Host and port: our own WebSocket (ws://) counts as ours like our http:// requests.
  const appHost = new URL(appUrl).host;
  const isForeign = (url: string) => {
    const { protocol, host } = new URL(url, appUrl);
    return ["http:", "https:", "ws:", "wss:"].includes(protocol) && host !== appHost;
  };
  const guard: PrivacyGuard = {
    cspViolations: [],
    foreignRequests: [],
    foreignHints: [],
    // Without JavaScript nothing runs in the page, not even the watcher: there is no report
    // in flight to wait for (the console still carries violations).
    verify: () => verify(javaScriptEnabled ? context.pages() : [], guard),
  };

  await context.exposeBinding("__privacyGuard", (_source, kind: string, detail: string) => {
    if (kind === "csp") guard.cspViolations.push(detail);
    else {
      const hint = JSON.parse(detail) as HintReport;
      const line = `${hint.kind} ${hint.url}`;
      if (isForeign(hint.url) && !guard.foreignHints.includes(line)) guard.foreignHints.push(line);
    }
  });
  await context.addInitScript(watchPage, HINT_RELS);
  // Some violations (in workers, or before the listener) reach only the console.
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy"))
      guard.cspViolations.push(message.text());
  });
  // A `Link:` response header can carry the same hints as the elements above.
  context.on("response", (response) => {
    const link = response.headers()["link"];
    if (!link) return;
    for (const [, url, params] of link.matchAll(/<([^>]*)>([^,]*)/g)) {
      const rel = /rel="?([^";]+)"?/i.exec(params)?.[1].toLowerCase().split(/\s+/) ?? [];
      if (rel.some((one) => HINT_RELS.includes(one)) && isForeign(url))
        guard.foreignHints.push(`Link header ${rel.join(" ")} ${url} on ${response.url()}`);
    }
  });
  // Foreign requests are aborted, so a failing test never actually leaks anything.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (!isForeign(url)) return route.continue();
    guard.foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  await context.routeWebSocket(/.*/, (socket) => {
    if (!isForeign(socket.url())) return socket.connectToServer();
    guard.foreignRequests.push(socket.url());
    return socket.close();
  });
  return guard;
}

async function verify(pages: Page[], guard: PrivacyGuard): Promise<void> {
  await Promise.all(pages.map(settle));
  expect(
    {
      cspViolations: guard.cspViolations,
      foreignRequests: guard.foreignRequests,
      foreignHints: guard.foreignHints,
    },
    "no CSP violation, no request to or connection hint for a host other than the app",
  ).toEqual({ cspViolations: [], foreignRequests: [], foreignHints: [] });
}

// Reports still on their way must arrive before the check: a violation the page queued just
// before the test ended (timers up to SETTLE_MS included, since the page runs its timers in
// order), and the binding call it makes, which travels ahead of the answer to the evaluate.
// Then the whole DOM is read once more, in case an element escaped the observer.
const SETTLE_MS = 50;

async function settle(page: Page): Promise<void> {
  try {
    await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), SETTLE_MS);
    await page.evaluate(() =>
      (window as unknown as { __privacyGuardScan?: () => void }).__privacyGuardScan?.(),
    );
    await page.evaluate(() => undefined); // the scan's reports travel before this answer
  } catch (error) {
    // A page that closed or navigated meanwhile has nothing left to report.
    if (!page.isClosed() && !/context was destroyed|navigat/i.test(String(error))) throw error;
  }
}
