import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

// `npx tsx scripts/icons/render-icons.ts`: the PNG icons of the web app manifest, drawn by
// Debian's Chromium from our own SVGs (app/icon.svg; the maskable variant fills the whole
// square and keeps the cross inside the safe zone). Run it after changing either SVG.

const ROOT = path.resolve(import.meta.dirname, "../..");
const ICONS: { svg: string; size: number; out: string }[] = [
  { svg: "app/icon.svg", size: 192, out: "public/icons/icon-192.png" },
  { svg: "app/icon.svg", size: 512, out: "public/icons/icon-512.png" },
  { svg: "scripts/icons/icon-maskable.svg", size: 512, out: "public/icons/icon-maskable-512.png" },
  { svg: "scripts/icons/icon-maskable.svg", size: 180, out: "app/apple-icon.png" },
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    const svg = readFileSync(path.join(ROOT, icon.svg), "utf8");
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`,
    );
    writeFileSync(path.join(ROOT, icon.out), await page.screenshot({ omitBackground: true }));
    console.log(`icons: wrote ${icon.out}`);
  }
} finally {
  await browser.close();
}
