import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two test runs share a machine; 3100 keeps clear of `next dev` on 3000.
const port = process.env.E2E_PORT || "3100";
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium: this machine cannot download Playwright's browsers.
const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  // Keeps the browser itself from calling Google, so any foreign request the
  // fixtures see comes from the app.
  args: [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    // Resolves no name but the app's (127.0.0.1): a hint or request to another
    // host, even one a guard is proving it catches, never reaches a DNS server.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
  ],
};

// The port is dedicated so a running `next dev` is never mistaken for the server under test.
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  // Pages compute availability on the server; a loaded 2-core machine needs some slack.
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /phone\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: CHROMIUM },
    },
    {
      // Pixel 7's emulation (touch, a mobile viewport that zooms out a page too wide for
      // it, the Android user agent) at 375 × 667, the size of the smaller phones in use and
      // the one the phone journeys hold to: results and confirmations within one screen.
      name: "phone",
      testMatch: /phone\.spec\.ts/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 375, height: 667 },
        launchOptions: CHROMIUM,
      },
    },
  ],
  webServer: {
    command: "npm start",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    // A first start builds, then seeds 1,200 practitioners into the embedded database: a few
    // minutes on a 2-core machine that other test runs are loading too.
    timeout: 420_000,
    env: { PORT: port, PRAXIS_DATA_DIR: "memory://" },
  },
});
