import type { APIResponse } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";

const EXPECTED_HEADERS = {
  "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
  "referrer-policy": "same-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "x-dns-prefetch-control": "off",
  "reporting-endpoints": 'csp="/api/csp-report"',
};

function directivesOf(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()["content-security-policy"] ?? "";
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

test("the home page shows the search form in French", async ({ page }) => {
  await page.goto("/");

  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(/Praxis/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Prenez rendez-vous");

  const search = page.getByRole("search", { name: "Rechercher un praticien" });
  await expect(search).toHaveAttribute("action", "/recherche");
  await expect(search).toHaveAttribute("method", "get");
  await expect(search.getByLabel("Spécialité, nom du praticien")).toHaveAttribute("name", "q");
  await expect(search.getByLabel("Où ? (ville ou code postal)")).toHaveAttribute("name", "place");
  await expect(
    page.getByRole("heading", { name: "Notre engagement de confidentialité" }),
  ).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("112");
  await expectNoSeriousAxeViolations(page);

  // Hydration proves the nonced scripts ran under the CSP rather than being blocked.
  await page.waitForFunction(() => "next" in window);
});

test("the search form is reachable from the keyboard", async ({ page }) => {
  await page.goto("/");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Aller au contenu principal" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();

  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Spécialité, nom du praticien")).toBeFocused();
  await page.keyboard.type("cardiologue");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Où ? (ville ou code postal)")).toBeFocused();
  await page.keyboard.type("Lyon");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Rechercher" })).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recherche\?q=cardiologue&place=Lyon$/);
});

test("pages carry the security headers and a fresh nonce", async ({ request }) => {
  const [first, second] = await Promise.all([request.get("/"), request.get("/")]);

  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) {
    expect(first.headers()[name], name).toBe(value);
  }
  const permissions = first.headers()["permissions-policy"];
  for (const feature of ["camera", "microphone", "geolocation", "payment", "browsing-topics"]) {
    expect(permissions).toContain(`${feature}=()`);
  }
  expect(first.headers()["x-powered-by"]).toBeUndefined();
  // Every HTML answer, a missing page's included, forbids looking up links' hosts ahead.
  for (const path of ["/recherche", "/connexion", "/page-introuvable"]) {
    const response = await request.get(path);
    expect(response.headers()["content-type"], path).toContain("text/html");
    expect(response.headers()["x-dns-prefetch-control"], path).toBe("off");
  }

  const directives = directivesOf(first);
  const scriptSrc = directives.get("script-src") ?? [];
  const nonce = scriptSrc.find((source) => source.startsWith("'nonce-"));
  expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("connect-src")).toEqual(["'self'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);
  expect(directives.get("report-to")).toEqual(["csp"]);

  // Next stamps the same nonce on its scripts; another response gets another one.
  expect(await first.text()).toContain(`nonce="${nonce?.slice(7, -1)}"`);
  expect(directivesOf(second).get("script-src")).not.toContain(nonce);
});

test("static assets carry the static security headers", async ({ page, request }) => {
  await page.goto("/");
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  const response = await request.get(stylesheet ?? "");

  expect(response.status()).toBe(200);
  expect(response.headers()["strict-transport-security"]).toBe(
    EXPECTED_HEADERS["strict-transport-security"],
  );
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("JSON answers carry a policy that allows nothing, and the static headers", async ({
  request,
}) => {
  for (const path of ["/api/v1/specialties", "/healthz", "/api/v1/nothing-here"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers()["referrer-policy"], path).toBe("same-origin");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expect(response.headers()["x-dns-prefetch-control"], path).toBe("off");
  }
  const unknown = await request.get("/api/v1/nothing-here");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("NOT_FOUND");
});

test("/healthz reports the database as up", async ({ request }) => {
  const response = await request.get("/healthz");

  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(/^no-store(, no-transform)?$/);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("an unknown address shows the branded 404", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");

  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page introuvable · Praxis");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette page est introuvable");
  await expect(page.getByRole("link", { name: "Retour à l’accueil" })).toHaveAttribute("href", "/");
});

test("the CSP report endpoint stores reports and refuses oversized bodies", async ({
  request,
  baseURL,
}) => {
  const report = {
    "csp-report": {
      "document-uri": `${baseURL}/e2e-csp-report?q=sensible`,
      "effective-directive": "img-src",
      "blocked-uri": "https://tracker.example/pixel.gif",
    },
  };
  const headers = { "content-type": "application/csp-report" };

  const stored = await request.post("/api/csp-report", { headers, data: JSON.stringify(report) });
  expect(stored.status()).toBe(204);

  const oversized = await request.post("/api/csp-report", { headers, data: "x".repeat(20 * 1024) });
  expect(oversized.status()).toBe(413);

  const foreign = await request.post("/api/csp-report", {
    headers: { ...headers, origin: "https://attacker.example" },
    data: JSON.stringify(report),
  });
  expect(foreign.status()).toBe(403);
});
