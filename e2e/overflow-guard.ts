import { expect, type BrowserContext, type Page } from "@playwright/test";

// No page may be wider than the window it is shown in: on a phone that means a page the
// browser zooms out, or a link sitting off-screen. Each page of a browser context measures
// itself when it has loaded and again when it is left (a script the driver injects, so it
// runs before the next page replaces it), and the test's pages are measured once more when
// the test ends. Without JavaScript the page cannot measure itself: the final measure of
// the pages still open is then the only one.

export type OverflowGuard = {
  /** Measures a page now (the fixtures do so for the test's page before it closes). */
  measure: (page: Page) => Promise<void>;
  /** Measures the pages still open, then fails on any page found wider than its window. */
  verify: () => Promise<void>;
};

/** The document's and the window's widths, and when wider, what sticks out furthest. */
type Width = { document: number; window: number; culprit?: string };

// Runs in the page. The layout viewport (clientWidth), not innerWidth: an emulated phone
// zooms a too-wide page out until it fits, and innerWidth grows with that zoom; clientWidth
// stays the screen's. (A classic scrollbar is left out of both clientWidth and scrollWidth.)
function measureWidth(): Width {
  const root = document.documentElement;
  const width = { document: root.scrollWidth, window: Math.min(root.clientWidth, innerWidth) };
  if (width.document <= width.window) return width;
  let furthest: { right: number; element: Element | null } = { right: 0, element: null };
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    const right = Math.max(box.right, box.left + element.scrollWidth);
    if (right >= furthest.right) furthest = { right, element };
  }
  const element = furthest.element;
  const culprit = element
    ? `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">${(element.textContent ?? "").trim().slice(0, 40)}`
    : undefined;
  return { ...width, culprit };
}

function watchWidth(measure: () => Width): void {
  const report = () => {
    const width = measure();
    if (width.document > width.window)
      (
        window as unknown as { __overflowGuard: (url: string, width: Width) => void }
      ).__overflowGuard(location.href, width);
  };
  window.addEventListener("load", report);
  window.addEventListener("pagehide", report);
}

/** Guards `context` (attach before its first page opens); call `verify()` when done. */
export async function guardAgainstOverflow(context: BrowserContext): Promise<OverflowGuard> {
  const overflows = new Set<string>();
  const record = (url: string, width: Width) => {
    if (width.document > width.window)
      overflows.add(
        `${url}: ${width.document} px wide in a ${width.window} px window (${width.culprit})`,
      );
  };
  await context.exposeBinding("__overflowGuard", (_source, url: string, width: Width) =>
    record(url, width),
  );
  // Both functions' source, injected by the driver (the page's CSP does not apply to it).
  await context.addInitScript({ content: `(${watchWidth})(${measureWidth});` });

  const measure = async (page: Page) => {
    if (page.isClosed()) return;
    try {
      record(page.url(), await page.evaluate(measureWidth));
    } catch (error) {
      // A page that moved on meanwhile measured itself as it left.
      if (!page.isClosed() && !/context was destroyed|navigat/i.test(String(error))) throw error;
    }
  };
  return {
    measure,
    verify: async () => {
      await Promise.all(context.pages().map(measure));
      expect([...overflows], "no page wider than its window").toEqual([]);
    },
  };
}
