import { expect, test } from "./fixtures";

// The privacy guards must be able to fire: each test below leaks in exactly one way that one
// guard alone can see, and is declared to fail. If a guard breaks (removed, attached to the
// first page only, checking before late reports arrive), its test passes and Playwright
// reports "expected to fail, but passed": the suite turns red.
// No real traffic leaves: foreign requests are aborted by the guard before they are sent,
// the hosts are under .invalid, and the browser resolves no name but the app's
// (--host-resolver-rules in playwright.config.ts).

const TRACKER = "tracker.invalid";

// An un-nonced <style>, refused by style-src. (Not an inline script: code run through
// page.evaluate is privileged, and the browser lets it run scripts the CSP would refuse.)
function breakPolicy(): void {
  const style = document.createElement("style");
  style.textContent = "body { outline: 1px solid red }";
  document.head.append(style);
}

test.describe("the privacy guards fire", () => {
  test.fail();

  test("on an image from another host (request guard)", async ({ page }) => {
    // about:blank has no CSP, so the request itself is what is caught.
    await page.setContent(`<img src="http://pixel.${TRACKER}/p.gif" alt="">`);
    await page.locator("img").evaluate(
      (image: HTMLImageElement) =>
        new Promise((resolve) => {
          if (image.complete) resolve(null);
          image.onerror = image.onload = resolve;
        }),
    );
  });

  test("on a fetch to another host (request guard)", async ({ page }) => {
    const failed = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => false,
          () => true,
        ),
      `https://collect.${TRACKER}/event`,
    );
    expect(failed).toBe(true); // aborted by the guard, never sent
  });

  test("on a broken Content-Security-Policy (CSP guard)", async ({ page }) => {
    await page.goto("/");
    await page.evaluate(breakPolicy);
  });

  test("on an image from another host on our page (CSP guard)", async ({ page }) => {
    await page.goto("/");
    // The CSP stops it before any request: the CSP guard, not the request guard, sees it.
    await page.evaluate((url) => {
      const image = new Image();
      image.src = url;
      document.body.append(image);
    }, `https://pixel.${TRACKER}/p.gif`);
  });

  test("in a second tab of the context (CSP guard on every page)", async ({ page, context }) => {
    await page.goto("/");
    const tab = await context.newPage();
    await tab.goto("/");
    await tab.evaluate(breakPolicy);
  });

  test("in a popup (CSP guard on every page)", async ({ page }) => {
    await page.goto("/");
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      page.evaluate(() => void window.open("/", "_blank")),
    ]);
    await popup.waitForLoadState();
    await popup.evaluate(breakPolicy);
  });

  test("on a violation reported just before the test ends (late events)", async ({ page }) => {
    await page.goto("/");
    // No wait: the violation happens 20 ms after the test body has returned.
    await page.evaluate(() => {
      setTimeout(() => {
        const style = document.createElement("style");
        style.textContent = "body { outline: 1px solid red }";
        document.head.append(style);
      }, 20);
    });
  });

  test("on connection hints for another host (hint guard)", async ({ page }) => {
    await page.goto("/");
    // Neither makes a request the route could see; both reveal the visitor to the host.
    await page.evaluate((host) => {
      for (const rel of ["preconnect", "dns-prefetch"]) {
        const link = document.createElement("link");
        link.rel = rel;
        link.href = `https://${rel}.${host}`;
        document.head.append(link);
      }
    }, TRACKER);
  });

  test("on speculation rules for another host (hint guard)", async ({ page }) => {
    await page.setContent(
      `<script type="speculationrules">${JSON.stringify({
        prerender: [{ source: "list", urls: [`https://next.${TRACKER}/`] }],
      })}</script>`,
    );
  });

  test("in a context opened for another visitor", async ({ newGuardedContext }) => {
    const other = await (await newGuardedContext()).newPage();
    await other.setContent(`<img src="http://pixel.${TRACKER}/p.gif" alt="">`);
    await other.waitForLoadState("load");
  });
});
