import type { Page, Response } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { countersToday, plusOne, STEPS, type StepCounts } from "./campaign-counters";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, MAIL_DIR, uniqueEmail } from "./patient-helpers";
import { linkIn, waitForMails } from "../scripts/mail/read-caught-mail";

// A patient arrives from a campaign's tagged link, searches, opens a profile, creates an
// account in the middle and books: each counter of the day rises by exactly one, the
// campaign rides in every address and in no cookie, and nothing else is counted for
// prefetches, HEAD requests, crawlers or bad campaign values. The counts are read from the
// database of the server under test (DATABASE_URL).

const CAMPAIGN = "affiches-metro"; // a running demo campaign (prisma/seed)
const ENDED_CAMPAIGN = "newsletter-mutuelle";
const PRACTITIONER = { name: "Claire Martin", slug: "dr-claire-martin-paris" };
const CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

// The counters are shared by the tests of this file: one after the other.
test.describe.configure({ mode: "serial" });
test.skip(!process.env.DATABASE_URL, "reads the counters from the server's DATABASE_URL");

const main = (page: Page) => page.getByRole("main");
const tagged = (page: Page) =>
  expect(page).toHaveURL(new RegExp(`[?&]campagne=${CAMPAIGN}(&|#|$)`));

/** Waits for the counters to reach `expected` (they are written within a second or two). */
async function expectCounters(campaign: string, expected: StepCounts): Promise<void> {
  await expect.poll(() => countersToday(campaign), { timeout: 15_000 }).toEqual(expected);
}

test("a tagged journey counts each step once, in the URL only, with no cookie", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const before = await countersToday(CAMPAIGN);
  const cookies: string[] = [];
  const recordCookies = async (response: Response) => {
    const header = await response.headerValue("set-cookie").catch(() => null);
    if (header) cookies.push(`${response.url()}: ${header}`);
  };
  page.on("response", recordCookies);

  // The tagged link (landing), then a search from the home page's form.
  await page.goto(`/?campagne=${CAMPAIGN}`);
  await main(page).getByLabel("Spécialité, nom du praticien").first().fill(PRACTITIONER.name);
  await main(page).getByRole("button", { name: "Rechercher" }).first().click();
  await expect(page).toHaveURL(/\/recherche\?/);
  await tagged(page);
  await expectCounters(CAMPAIGN, plusOne(before, "LANDING", "SEARCH"));

  // The profile, then a slot: the slot's page asks to sign in, which is not yet a start.
  await main(page)
    .getByRole("link", { name: new RegExp(PRACTITIONER.name) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/praticiens/${PRACTITIONER.slug}\\?`));
  await tagged(page);
  await page.locator("#creneaux details[open] a[href*='/confirmer?']").last().click();
  await expect(page).toHaveURL(/\/confirmer\?motif=.+&debut=/);
  await tagged(page);
  const confirmUrl = page.url();
  await expectCounters(CAMPAIGN, plusOne(before, "LANDING", "SEARCH", "PROFILE_VIEW"));

  // Nothing on the anonymous path set a cookie, measurement or other.
  page.off("response", recordCookies);
  expect(cookies).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);

  // An account made in the middle; signing in leads back to the slot, campaign included.
  const email = uniqueEmail("campagne");
  await main(page).getByRole("link", { name: "Créer un compte" }).click();
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByLabel("Nom", { exact: true }).fill("Caron");
  await page.getByLabel("Date de naissance").fill("1991-03-08");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD + "-campagne");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(main(page).getByRole("status")).toContainText("Vérifiez votre boîte mail");
  const [mail] = await waitForMails(MAIL_DIR, email);
  const mailTab = await page.context().newPage();
  await mailTab.goto(linkIn(mail, "/verifier-email"));
  await mailTab.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(main(mailTab).getByRole("status")).toBeVisible();
  await mailTab.close();
  await main(page).getByRole("link", { name: "Se connecter" }).click();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD + "-campagne");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(confirmUrl);
  await expectCounters(
    CAMPAIGN,
    plusOne(before, "LANDING", "SEARCH", "PROFILE_VIEW", "BOOKING_STARTED"),
  );

  // Book for oneself: the confirmation still carries the campaign, and every step is +1.
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).click();
  await expect(page).toHaveURL(/\/espace-patient\/rendez-vous\/[0-9a-f-]{36}\?confirme=1/);
  await tagged(page);
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Rendez-vous confirmé");
  await expectCounters(CAMPAIGN, plusOne(before, ...STEPS));
});

test("prefetches, HEAD, crawlers and bad campaign values count nothing and change no page", async ({
  request,
}) => {
  const before = await countersToday(CAMPAIGN);
  const endedBefore = await countersToday(ENDED_CAMPAIGN);
  const browser = { "user-agent": CHROME, "sec-fetch-site": "none", "sec-fetch-mode": "navigate" };
  const landing = `/recherche?q=${encodeURIComponent(PRACTITIONER.name)}&campagne=${CAMPAIGN}`;

  const ignored: [string, Record<string, string>, string?][] = [
    ["Next's prefetch", { ...browser, rsc: "1", "next-router-prefetch": "1" }],
    ["the browser's prefetch", { ...browser, "sec-purpose": "prefetch" }],
    ["a crawler", { ...browser, "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" }],
  ];
  for (const [label, headers] of ignored) {
    const response = await request.get(landing, { headers });
    expect(response.ok(), label).toBe(true);
  }
  expect((await request.head(landing, { headers: browser })).ok()).toBe(true);

  // Values that are no campaign slug: a normal page that carries them nowhere (no link or
  // form field passes them on) and never renders the markup.
  for (const value of [`${"a".repeat(10_000)}`, "<script>alert(1)</script>"]) {
    const response = await request.get(`/?campagne=${encodeURIComponent(value)}`, {
      headers: browser,
    });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/href="[^"]*(\?|&amp;)campagne=/);
    expect(html).not.toContain('name="campagne"');
    expect(html).not.toContain("<script>alert(1)</script>");
  }
  // An unknown and an ended campaign: a normal page, and no count.
  for (const value of ["inconnue-2099", ENDED_CAMPAIGN]) {
    const response = await request.get(`/?campagne=${value}`, { headers: browser });
    expect(response.status()).toBe(200);
  }

  // A real landing last: once it is written, anything counted before it would be too.
  expect((await request.get(landing, { headers: browser })).ok()).toBe(true);
  await expectCounters(CAMPAIGN, plusOne(before, "LANDING", "SEARCH"));
  expect(await countersToday(ENDED_CAMPAIGN)).toEqual(endedBefore);
});

test("the measurement page shows what one page view stores, from the footer, on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: "Comment nous mesurons nos campagnes" })
    .click();
  await expect(page).toHaveURL(/\/confidentialite\/mesure$/);
  const entry = main(page).getByRole("figure");
  await expect(entry).toContainText("exemple-affiche");
  await expect(main(page)).toContainText(/« < \d+ »/); // CAMPAIGN_MIN_COUNT, lowered in some runs
  await expect(main(page)).toContainText("25 mois");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousAxeViolations(page);

  // Opened from a tagged link, it shows that campaign's entry for today.
  await page.goto(`/confidentialite/mesure?campagne=${CAMPAIGN}`);
  await expect(entry).toContainText(CAMPAIGN);
  await expect(entry).toContainText("Arrivée depuis le lien de la campagne");
  await expect(entry).toContainText("+1");
});
