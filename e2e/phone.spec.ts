import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, signIn, signUpAndVerify } from "./patient-helpers";
import {
  LONG_ADDRESS,
  LONG_FAMILY_NAME,
  LONG_MOTIVE,
  LONG_NAMES_PRACTITIONER,
} from "../prisma/seed/long-names-practitioner";

// Praxis on a phone (the "phone" project of playwright.config.ts: 375 × 667, touch, mobile
// viewport). Every page these journeys open is also held to the overflow guard of the
// fixtures (no page wider than its window) and to axe. The practitioner they book has the
// longest names the demo data holds (prisma/seed/long-names-practitioner.ts).

const SCREEN = { width: 375, height: 667 };
// Every journey runs axe on each page it opens: slower than a plain visit on a loaded machine.
test.describe.configure({ timeout: 90_000 });
const LONG_SLUG = LONG_NAMES_PRACTITIONER.slug;
const main = (page: Page) => page.getByRole("main");
const menu = (page: Page) => page.locator("header details");
const menuButton = (page: Page) => page.locator("header summary");

/** The menu button as Chromium exposes it to screen readers: its role and expanded state. */
async function menuAsScreenReadersSeeIt(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const node = nodes.find((candidate) => !candidate.ignored && candidate.name?.value === "Menu");
  return {
    role: node?.role?.value,
    expanded: node?.properties?.find((property) => property.name === "expanded")?.value.value,
  };
}

async function expectWithinScreen(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, "on screen").not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, "visible without scrolling").toBeLessThanOrEqual(SCREEN.height);
}

test("the header's menu: a disclosure screen readers hear open and closed, closed by Escape, a tap elsewhere and navigation", async ({
  page,
}) => {
  await page.goto("/");
  await expectNoSeriousAxeViolations(page);
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeHidden();
  expect(await menuAsScreenReadersSeeIt(page)).toEqual({
    role: "DisclosureTriangle",
    expanded: false,
  });

  // Keyboard: open, walk into the panel, Escape closes it and focus returns to the button.
  await menuButton(page).focus();
  await page.keyboard.press("Enter");
  expect((await menuAsScreenReadersSeeIt(page)).expanded).toBe(true);
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Rechercher", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  expect((await menuAsScreenReadersSeeIt(page)).expanded).toBe(false);
  await expect(menuButton(page)).toBeFocused();

  // A tap on the page beside the open panel closes it.
  await menuButton(page).tap();
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.touchscreen.tap(8, SCREEN.height - 8);
  await expect(menu(page)).not.toHaveAttribute("open");

  // Following a link closes it, also when the layout (and so the menu) stays.
  await menuButton(page).tap();
  await page.getByRole("link", { name: "Confidentialité", exact: true }).tap();
  await expect(page).toHaveURL(/#confidentialite$/);
  await expect(menu(page)).not.toHaveAttribute("open");
  await menuButton(page).tap();
  await page.getByRole("link", { name: "Se connecter" }).tap();
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(menu(page)).not.toHaveAttribute("open");

  // Signed in, every account destination is in the menu and on screen.
  await page.getByLabel("Adresse e-mail").fill(DEMO.patient);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).tap();
  await expect(page).not.toHaveURL(/\/connexion/);
  await menuButton(page).tap();
  for (const name of ["Mon espace", "Sécurité du compte", "Se déconnecter"]) {
    const item = page.getByRole("banner").getByRole(name === "Se déconnecter" ? "button" : "link", {
      name,
    });
    await expect(item).toBeInViewport({ ratio: 1 });
    expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).tap();
  // Signed out once the signed-out header has arrived (its links are in the closed menu):
  // a tap made while the page is being replaced would open the menu of the old one.
  await expect(
    page
      .getByRole("banner")
      .getByRole("link", { name: "Se connecter", includeHidden: true })
      .first(),
  ).toBeAttached();
  await expect(menu(page)).not.toHaveAttribute("open");
  await menuButton(page).tap();
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the menu opens and its links lead on", async ({ page }) => {
    await page.goto("/");
    await menuButton(page).tap();
    await page.getByRole("link", { name: "Se connecter" }).tap();
    await expect(page).toHaveURL(/\/connexion$/);
    await expect(menu(page)).not.toHaveAttribute("open");
  });
});

test("search: the first result shows without scrolling, refinements fold behind one button that counts them", async ({
  page,
}) => {
  await page.goto("/recherche");
  await expect(page.getByLabel("Rayon autour du lieu")).toBeHidden();
  await page.getByLabel("Spécialité, nom du praticien").fill("dermatologue");
  await page.getByLabel("Où ? (ville ou code postal)").fill("Rennes");
  await page.getByRole("button", { name: "Rechercher" }).tap();
  await expect(page).toHaveURL(/q=dermatologue&place=Rennes/);
  await expectWithinScreen(main(page).locator("ol article h3").first());
  await expectNoSeriousAxeViolations(page);

  await page.locator("form summary").tap();
  await page.getByLabel("Langue parlée").selectOption({ label: "Anglais" });
  await page.getByLabel("Propose la téléconsultation").check();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Rechercher" }).tap();
  await expect(page).toHaveURL(/lang=en.*teleconsultation=true/);
  await expect(page.getByLabel("Langue parlée")).toBeHidden();
  await expect(page.locator("form summary")).toHaveText(/Affiner\s*2\s*\(2 critères actifs\)/);
  // A refinement the server refused opens the fold, so its error shows.
  await page.goto("/recherche?q=dermatologue&place=Rennes&radiusKm=500");
  await expect(page.getByLabel("Rayon autour du lieu")).toBeVisible();
});

test("search → profile → booking for a relative, with the longest names, then the patient area", async ({
  page,
}) => {
  // Sign-up waits for the outbox worker's mail; then a dozen pages, each read by axe.
  test.setTimeout(240_000);
  const patient = await signUpAndVerify(page, "telephone");
  await signIn(page, patient.email, patient.password);
  await page.goto("/espace-patient/proches");
  await page.getByLabel("Lien avec vous").selectOption({ label: "Enfant" });
  await page.getByLabel("Prénom").fill("Anne-Sophie");
  await page.getByLabel("Nom", { exact: true }).fill(LONG_FAMILY_NAME);
  await page.getByLabel("Date de naissance").fill("2015-06-01");
  await page.getByRole("button", { name: "Ajouter ce proche" }).tap();
  await expect(main(page).getByRole("status")).toContainText(LONG_FAMILY_NAME);
  await expectNoSeriousAxeViolations(page);

  await page.goto("/recherche");
  await page.getByLabel("Spécialité, nom du praticien").fill(LONG_FAMILY_NAME);
  await page.getByRole("button", { name: "Rechercher" }).tap();
  await expect(main(page).getByRole("heading", { level: 2 }).first()).toHaveText(/1 praticien/);
  await expectNoSeriousAxeViolations(page);
  await main(page)
    .getByRole("link", { name: new RegExp(LONG_FAMILY_NAME) })
    .first()
    .tap();
  await expect(page).toHaveURL(new RegExp(`/praticiens/${LONG_SLUG}$`));
  await expect(main(page)).toContainText(LONG_MOTIVE);
  await expect(main(page)).toContainText(LONG_ADDRESS);
  await expectNoSeriousAxeViolations(page);

  // Every slot is a 44 × 44 px target at least.
  const slots = page.locator("#creneaux details[open] a[href*='/confirmer?']");
  for (const box of await slots.evaluateAll((links) =>
    links
      .map((link) => link.getBoundingClientRect())
      .map(({ width, height }) => ({ width, height })),
  )) {
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await slots.last().tap();
  await expect(page).toHaveURL(/\/confirmer\?motif=/);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel(new RegExp(LONG_FAMILY_NAME)).check();
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).tap();
  await expect(page).toHaveURL(/\/espace-patient\/rendez-vous\/[0-9a-f-]{36}\?confirme=1$/);
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Rendez-vous confirmé");
  for (const text of [LONG_FAMILY_NAME, LONG_MOTIVE, LONG_ADDRESS]) {
    await expect(main(page)).toContainText(text);
  }
  await expectNoSeriousAxeViolations(page);

  for (const path of [
    "/espace-patient",
    "/espace-patient/rendez-vous",
    "/espace-patient/profil",
    "/espace-patient/proches",
    "/espace-patient/mes-donnees",
    "/espace-patient/acces",
    "/compte/securite",
  ]) {
    await page.goto(path);
    await expect(main(page).getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  }
});

test("the booking confirmation fits one screen, before and after booking", async ({ page }) => {
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  await page.goto("/praticiens/dr-claire-martin-paris");
  await page.locator("#creneaux details[open] a[href*='/confirmer?']").last().tap();
  await expect(page).toHaveURL(/\/confirmer\?motif=/);
  await expectWithinScreen(page.getByRole("button", { name: "Confirmer le rendez-vous" }));

  await page.goto("/espace-patient/rendez-vous");
  const appointment = main(page).locator("a[href*='/espace-patient/rendez-vous/']").first();
  await page.goto(`${await appointment.getAttribute("href")}?confirme=1`);
  await expectWithinScreen(main(page).getByText("Votre rendez-vous est confirmé"));
  await expectWithinScreen(main(page).locator("dl"));
});

test("an admin reads the practitioners list: its table scrolls in a box of its own", async ({
  page,
}) => {
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  await page.goto("/admin/praticiens");
  const table = main(page).getByRole("region", {
    name: "Praticiens, les plus récemment créés d’abord",
  });
  await expect(table).toBeVisible();
  expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  await expectNoSeriousAxeViolations(page);
});

// The fixture's guard measures each page as it loads; a narrower screen, landscape and
// 200 % text (the root font size, which every rem-sized length follows) are tried here.
const PAGES = [
  "/",
  "/recherche?q=dermatologue&place=Rennes",
  `/praticiens/${LONG_SLUG}`,
  `/rendez-vous/${LONG_SLUG}`,
  "/connexion",
  "/inscription",
  "/mot-de-passe-oublie",
  "/page-inexistante",
  "/de",
];

for (const size of [
  { name: "320 px wide", width: 320, height: 568 },
  { name: "in landscape", width: 740, height: 360 },
]) {
  test(`the main pages fit ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const path of PAGES) await page.goto(path);
  });
}

test("the main pages fit at 200 % text size", async ({ page, overflowGuard }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    await overflowGuard.measure(page);
  }
});

// The overflow guard must be able to fire: each test below shows a page wider than the
// window in one way only one of the guard's checks sees, and is declared to fail.
test.describe("the overflow guard fires", () => {
  test.fail();

  test("on a page that was too wide when it loaded, then left", async ({ page }) => {
    await page.route("**/trop-large", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: '<!doctype html><meta name="viewport" content="width=device-width"><div style="width:2000px">x</div>',
      }),
    );
    await page.goto("/trop-large");
    await page.goto("/");
  });

  test("on a page that grows too wide after it loaded", async ({ page }) => {
    // Narrow when it loads (so only the final measure can see it), wide a moment later.
    await page.route("**/elargie", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: '<!doctype html><meta name="viewport" content="width=device-width"><div id="d">x</div><script>addEventListener("load", () => setTimeout(() => { d.style.width = "2000px"; }));</script>',
      }),
    );
    await page.goto("/elargie");
    await page.waitForFunction(() => document.documentElement.scrollWidth > 1000);
  });
});
