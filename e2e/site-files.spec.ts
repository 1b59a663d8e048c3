import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

// The files every site ships: served with the right type, the fixed CSP of non-pages, and
// no other host anywhere (security.txt's contact is a mailto: on our own domain too).

const FILE_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Our hosts: the one the browser uses, and APP_URL's default (localhost on the same port). */
function ownHosts(baseURL: string | undefined): string[] {
  const url = new URL(baseURL!);
  return [url.host, `localhost:${url.port}`];
}

function foreignUrls(text: string, hosts: string[]): string[] {
  const urls = text.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/g) ?? [];
  return urls.filter((url) => !hosts.includes(new URL(url, "http://placeholder").host));
}

function expectFileHeaders(response: APIResponse, contentType: RegExp) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(contentType);
  expect(response.headers()["content-security-policy"]).toBe(FILE_POLICY);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["strict-transport-security"]).toBeTruthy();
}

test("robots.txt opens public pages and closes personal and staff areas", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/robots.txt");
  expectFileHeaders(response, /^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  for (const path of ["/espace-patient", "/espace-praticien", "/admin", "/compte", "/api"]) {
    expect(text).toMatch(new RegExp(`^Disallow: ${path}$`, "m"));
  }
  expect(text).toMatch(/^Sitemap: http:\/\/[^/]+\/sitemap\.xml$/m);
  expect(foreignUrls(text, ownHosts(baseURL))).toEqual([]);
});

test("the sitemap lists public pages only, whatever the query string", async ({
  request,
  page,
  baseURL,
}) => {
  const response = await request.get("/sitemap.xml");
  expectFileHeaders(response, /^application\/xml/);
  const xml = await response.text();

  // Well-formed XML: an unescaped & in a search URL would break every reader.
  await page.goto("/");
  const parsed = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "application/xml");
    const error = document.querySelector("parsererror")?.textContent ?? null;
    return { error, locs: [...document.querySelectorAll("loc")].map((loc) => loc.textContent!) };
  }, xml);
  expect(parsed.error).toBeNull();
  const paths = parsed.locs.map((loc) => new URL(loc));
  expect(paths.map((url) => url.host).filter((host) => !ownHosts(baseURL).includes(host))).toEqual(
    [],
  );
  const pathnames = paths.map((url) => `${url.pathname}${url.search}`);
  expect(pathnames).toContain("/");
  expect(pathnames).toContain("/praticiens/dr-claire-martin-paris");
  expect(pathnames).toContain("/recherche?specialty=cardiologue&place=Lyon+%2869%29");
  expect(
    pathnames.filter((path) => /^\/(espace-|admin|compte|api|rendez-vous)/.test(path)),
  ).toEqual([]);

  // A search entry point finds someone.
  const entry = await request.get("/recherche?specialty=cardiologue&place=Lyon+%2869%29");
  expect(entry.status()).toBe(200);
  expect(await entry.text()).toContain("Cardiologue");

  for (const odd of [
    "?page=2",
    "?utm_source=x&utm_medium=y",
    "?a[]=1&%ZZ",
    "?" + "x".repeat(2000),
  ]) {
    const again = await request.get(`/sitemap.xml${odd}`);
    expect(again.status(), odd).toBe(200);
    expect(await again.text(), odd).toBe(xml);
  }
});

test("security.txt names a contact, an expiry within a year and our languages", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/.well-known/security.txt");
  expectFileHeaders(response, /^text\/plain; charset=utf-8$/);
  const text = await response.text();
  expect(text).toMatch(/^Contact: mailto:security@\S+$/m);
  expect(text).toMatch(/^Preferred-Languages: fr, en, de$/m);
  expect(text).toMatch(/^Canonical: http:\/\/\S+\/\.well-known\/security\.txt$/m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(text)![1]);
  const days = (expires.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(30);
  expect(days).toBeLessThan(366);
  expect(foreignUrls(text, ownHosts(baseURL))).toEqual([]);
});

test("the web app manifest and its icons are ours", async ({ request, page, baseURL }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");

  const response = await request.get("/manifest.webmanifest");
  expectFileHeaders(response, /^application\/manifest\+json/);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    icons: { src: string; type: string }[];
  };
  expect(manifest.name).toContain("Praxis");
  expect(manifest.start_url).toBe("/");
  expect(foreignUrls(JSON.stringify(manifest), ownHosts(baseURL))).toEqual([]);
  expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
  for (const icon of manifest.icons) {
    expect(icon.src).toMatch(/^\/[^/]/);
    const image = await request.get(icon.src);
    expectFileHeaders(image, new RegExp(`^${icon.type.replace("+", "\\+")}`));
  }
});
