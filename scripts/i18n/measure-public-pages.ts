import { chromium } from "@playwright/test";

// Issue 9's budget, measured the same way before and after: the script bytes a browser
// transfers (compressed, as sent) and the layout shift (CLS) of the home, search and
// profile pages, in each language the server speaks. Usage:
//   BASE_URL=http://127.0.0.1:3106 npx tsx scripts/i18n/measure-public-pages.ts [fr,en,de]

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3100";
const PREFIXES: Record<string, string> = { fr: "", en: "/en", de: "/de" };
const PAGES = {
  home: "/",
  search: "/recherche?q=cardiologue&place=Paris",
  profile: "/praticiens/dr-claire-martin-paris",
};

async function main() {
  const locales = (process.argv[2] ?? "fr").split(",");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    for (const locale of locales) {
      for (const [name, path] of Object.entries(PAGES)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let scriptBytes = 0;
        let scripts = 0;
        page.on("requestfinished", async (request) => {
          if (request.resourceType() !== "script") return;
          const sizes = await request.sizes();
          scriptBytes += sizes.responseBodySize + sizes.responseHeadersSize;
          scripts += 1;
        });
        await page.addInitScript(() => {
          (window as unknown as { __cls: number }).__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number;
              hadRecentInput: boolean;
            }[]) {
              if (!entry.hadRecentInput)
                (window as unknown as { __cls: number }).__cls += entry.value;
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        const url = `${BASE_URL}${path === "/" ? PREFIXES[locale] || "/" : `${PREFIXES[locale]}${path}`}`;
        await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
        await page.waitForTimeout(500);
        const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
        console.log(
          `${locale}\t${name}\t${scripts} scripts\t${(scriptBytes / 1024).toFixed(1)} kB\tCLS ${cls.toFixed(4)}`,
        );
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
