import { test as base, expect } from "@playwright/test";

// Every spec imports `test` from here, so every page it opens is checked for the two
// privacy guarantees a browser can see: no CSP violation and no request to another host.
type PrivacyGuards = {
  cspViolations: string[];
  foreignRequests: string[];
};

export const test = base.extend<PrivacyGuards>({
  // `auto: true`: a guard nobody asks for would otherwise never run.
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding("__reportCspViolation", (_source, violation: string) => {
        violations.push(violation);
      });
      // Init scripts are injected by the browser driver, so the page's CSP does not block them.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void })
            .__reportCspViolation;
          report(`${event.effectiveDirective} blocked ${event.blockedURI} on ${event.documentURI}`);
        });
      });
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) violations.push(message.text());
      });

      await use(violations);

      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],

  foreignRequests: [
    async ({ context, baseURL }, use) => {
      // Host and port: our own WebSocket (ws://) counts as ours like our http:// requests.
      const appHost = new URL(baseURL!).host;
      const isForeign = (url: string) => new URL(url).host !== appHost;
      const foreign: string[] = [];
      // Routing at the context level also covers popups and workers. Foreign requests are
      // aborted so a failing test never actually leaks anything.
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (!isForeign(url)) return route.continue();
        foreign.push(url);
        return route.abort("blockedbyclient");
      });
      await context.routeWebSocket(/.*/, (socket) => {
        if (!isForeign(socket.url())) return socket.connectToServer();
        foreign.push(socket.url());
        return socket.close();
      });

      await use(foreign);

      expect(foreign, "requests to a host other than the app").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
