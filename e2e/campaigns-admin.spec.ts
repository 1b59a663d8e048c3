import { randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import pg from "pg";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, signIn } from "./patient-helpers";

// The admins' campaigns: create one, copy its links, read its figures (written straight into
// the server's database, since nothing but real navigations may count), download them as
// CSV. The threshold is the default k = 10. The pages are heavy for a loaded machine.

test.describe.configure({ timeout: 120_000 });

const WORDS = ["affiche", "gare", "metro", "tram", "salon", "forum", "marche", "quai"];

// Words, not random letters: the slug rules refuse anything that looks like a code.
function uniqueSlug(): string {
  const word = () => WORDS[randomInt(WORDS.length)];
  return `e2e-${word()}-${word()}-${randomInt(1000, 9999)}`;
}

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function createCampaign(page: Page, slug: string, name: string): Promise<void> {
  await page.goto("/admin/campagnes/nouvelle");
  await page.getByLabel("Nom").fill(name);
  await page.getByLabel("Identifiant dans les liens").fill(slug);
  await page.getByLabel("Canal").selectOption({ label: "Affichage" });
  await page.getByLabel("Premier jour").fill(isoDay(-20));
  await page.getByLabel("Dernier jour").fill(isoDay(20));
  await page.getByLabel("Budget en euros (facultatif)").fill("1 500");
  await page.getByLabel("Page d’arrivée").fill("/recherche");
  await page.getByRole("button", { name: "Créer la campagne" }).click();
}

// Counters as the collector writes them: a day, a campaign, a step and a count.
async function writeCounters(slug: string, rows: [day: string, step: string, count: number][]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const [day, step, count] of rows) {
      await client.query(
        `insert into campaign_daily_counters (campaign_id, day, step, count)
         select id, $2::date, $3::"FunnelStep", $4 from campaigns where slug = $1`,
        [slug, day, step, count],
      );
    }
    const { rows: sums } = await client.query(
      `select coalesce(sum(count), 0)::int as total from campaign_daily_counters c
       join campaigns on campaigns.id = c.campaign_id where slug = $1`,
      [slug],
    );
    return sums[0].total as number;
  } finally {
    await client.end();
  }
}

async function countersTotal(slug: string): Promise<number> {
  return writeCounters(slug, []);
}

function tableRows(page: Page) {
  return page.getByRole("region", { name: "Passages par jour et par étape" }).locator("tr");
}

test("an admin creates a campaign, copies its links and reads its figures and CSV", async ({
  page,
  context,
}) => {
  test.skip(!process.env.DATABASE_URL, "writing counters needs the server's DATABASE_URL");
  const slug = uniqueSlug();
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  // Signing in sets Auth.js's cookies; nothing after it may add one.
  const signedIn = (await context.cookies()).map((cookie) => cookie.name).sort();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await expectNoSeriousAxeViolations(page);
  await page
    .getByRole("navigation", { name: "Administration" })
    .getByRole("link", { name: "Campagnes" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Campagnes");
  await expectNoSeriousAxeViolations(page);

  await createCampaign(page, slug, `Affiche ${slug}`);
  await expect(page).toHaveURL(new RegExp(`/admin/campagnes/${slug}\\?creee=1$`));
  await expect(page.getByText("La campagne est créée.")).toBeVisible();
  await expect(page.getByText("Pas encore assez de données")).toBeVisible();

  const tagged = page.getByLabel("Lien complet");
  await expect(tagged).toHaveValue(new RegExp(`^https?://[^/]+/recherche\\?campagne=${slug}$`));
  await expect(page.getByLabel("Lien court")).toHaveValue(new RegExp(`/c/${slug}$`));
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copier" }).first().click();
  await expect(page.getByText("Lien copié.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await tagged.inputValue());

  // Following the short link counts nothing itself (the landing page would).
  const short = await page.request.get(`/c/${slug}`, { maxRedirects: 0 });
  expect(short.status()).toBe(303);
  expect(short.headers().location).toBe(`/recherche?campagne=${slug}`);
  expect((await page.request.get("/c/pas-une-campagne", { maxRedirects: 0 })).status()).toBe(404);
  expect(await countersTotal(slug)).toBe(0);

  // Every day of the run so far (21 days) has landings; searches and bookings are small.
  // The dashboard shows complete days, up to yesterday: today's 20 landings are not in it.
  const [first, second] = [isoDay(-3), isoDay(-2)];
  const landings = Array.from({ length: 21 }, (_, index) => isoDay(index - 20)).map(
    (day): [string, string, number] => [
      day,
      "LANDING",
      day === first ? 40 : day === second ? 25 : 20,
    ],
  );
  await writeCounters(slug, [
    ...landings,
    [first, "SEARCH", 12],
    [second, "SEARCH", 3],
    [isoDay(-5), "BOOKING_COMPLETED", 4],
    [isoDay(-4), "BOOKING_COMPLETED", 5],
    [first, "BOOKING_COMPLETED", 6],
  ]);
  await page.reload();
  await expect(page.getByText("Pas encore assez de données")).toHaveCount(0);
  const rows = tableRows(page);
  const rowWith = (figure: string) =>
    rows.filter({ has: page.getByRole("cell", { name: figure, exact: true }) });
  const dayRow = rowWith("40");
  await expect(dayRow.getByRole("cell").nth(0)).toHaveText("40");
  await expect(dayRow.getByRole("cell").nth(1)).toHaveText("12");
  await expect(rowWith("25").getByRole("cell").nth(1)).toHaveText("< 10");
  const totals = rows.filter({ has: page.getByRole("rowheader", { name: "Total", exact: true }) });
  await expect(totals.getByRole("cell").nth(0)).toHaveText("425");
  // The hidden searches sum to 3, less than k: the total would pin them.
  await expect(totals.getByRole("cell").nth(1)).toHaveText("masqué");
  // Bookings: 4 + 5 + 6 over 21 hidden days leaves each day open, so the total is shown.
  await expect(totals.getByRole("cell").nth(4)).toHaveText("15");
  await expect(page.getByText(/^Budget 1.500,00.€ pour 15 réservations/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger ce tableau (CSV)" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  const pageRows = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? "")),
  );
  const lines = csv
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(","));
  expect(lines[0]).toEqual([
    "Jour",
    "LANDING",
    "SEARCH",
    "PROFILE_VIEW",
    "BOOKING_STARTED",
    "BOOKING_COMPLETED",
  ]);
  // Every CSV line's figures are those of a page row: the days, then the totals.
  const figuresOnPage = pageRows.slice(1).map((cells) => cells.slice(1).join("|"));
  for (const line of lines.slice(1)) expect(figuresOnPage).toContain(line.slice(1).join("|"));
  // The header, the 20 complete days of the run, the totals.
  expect(lines).toHaveLength(2 + 20);
  expect(csv).toContain(`${second},25,< 10,< 10,< 10,< 10`);
  expect(lines.at(-1)).toEqual(["Total", "425", "masqué", "masqué", "masqué", "15"]);

  // Reading the dashboard counted nothing either, and set no cookie: only sign-in's remain
  // (the database holds today's 20 landings too).
  expect(await countersTotal(slug)).toBe(445 + 15 + 15);
  const cookies = (await context.cookies()).map((cookie) => cookie.name).sort();
  expect(cookies).toEqual(signedIn);
  expect(cookies).toContainEqual(expect.stringMatching(/praxis\.session$/));
  for (const name of cookies) expect(name).toMatch(/praxis\.session$|authjs\./);
});

test("the campaign form refuses an identifier-like slug, a taken one and reversed dates", async ({
  page,
}) => {
  const slug = uniqueSlug();
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  await createCampaign(page, "jean-dupont-gmail-com", "Campagne mal nommée");
  await expect(page.getByLabel("Identifiant dans les liens")).toHaveAccessibleDescription(
    /ressemble à un identifiant de personne/,
  );
  await createCampaign(page, slug, "Première");
  await expect(page).toHaveURL(new RegExp(`/admin/campagnes/${slug}`));
  await createCampaign(page, slug, "Seconde");
  await expect(page.getByLabel("Identifiant dans les liens")).toHaveAccessibleDescription(
    /Une autre campagne utilise déjà cet identifiant/,
  );
  await expect(page.getByLabel("Nom")).toHaveValue("Seconde");

  await page.goto(`/admin/campagnes/${slug}/modifier`);
  await page.getByLabel("Premier jour").fill("2026-06-30");
  await page.getByLabel("Dernier jour").fill("2026-06-01");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByLabel("Dernier jour")).toHaveAccessibleDescription(
    /La date de fin ne peut pas précéder la date de début/,
  );
  await expectNoSeriousAxeViolations(page);

  await page.goto(`/admin/campagnes?periode=perso&du=2026-06-30&au=2026-06-01`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /Le premier jour doit précéder le dernier/,
  );
});

test("the campaign pages fit a phone screen", async ({ page }) => {
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/admin", "/admin/campagnes", "/admin/campagnes/printemps-2026?periode=90"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expectNoSeriousAxeViolations(page);
});

test("the campaigns do not exist for a practitioner, in pages or the API", async ({ page }) => {
  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  expect((await page.goto("/admin/campagnes"))?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Campagnes", exact: true })).toHaveCount(0);
  expect((await page.request.get("/api/v1/admin/campaigns")).status()).toBe(404);
});
