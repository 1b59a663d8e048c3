import { expect, test } from "./fixtures";

// Search and public profiles on the demo data (`npm start` seeds 320 practitioners, the
// first of them covering every specialty in Paris). The fixtures fail any test on a CSP
// violation or a request to another host.

const results = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: /praticiens? à moins de/ }).getByRole("article");

test("search by specialty and city from the home page", async ({ page }) => {
  await page.goto("/");
  const form = page.getByRole("search", { name: "Rechercher un praticien" });
  await form.getByLabel("Spécialité, nom du praticien").fill("cardiologue");
  await form.getByLabel("Où ? (ville ou code postal)").fill("Paris");
  await form.getByRole("button", { name: "Rechercher" }).click();

  await expect(page).toHaveURL(/\/recherche\?q=cardiologue&place=Paris$/);
  // The title never carries what was searched.
  await expect(page).toHaveTitle("Recherche · Praxis");
  await expect(page.getByText("Spécialité reconnue : Cardiologue")).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: /à moins de 10 km de Paris \(75\)/ }),
  ).toBeVisible();
  const first = results(page).first();
  await expect(first).toContainText("Cardiologue");
  await expect(first).toContainText(/À \d/);
  await expect(first.getByText("Prochaines disponibilités")).toBeVisible();
});

test("typos and missing accents still find the specialty", async ({ page }) => {
  await page.goto("/recherche?q=cardiolgue&place=paris");
  await expect(page.getByText("Spécialité reconnue : Cardiologue")).toBeVisible();
  await expect(results(page).first()).toContainText("Cardiologue");
});

test("a result opens the practitioner's public profile", async ({ page }) => {
  await page.goto("/recherche?q=generaliste&place=Paris");
  const link = results(page).first().getByRole("heading", { level: 3 }).getByRole("link");
  const name = (await link.textContent()) ?? "";
  await link.click();

  await expect(page).toHaveURL(/\/praticiens\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page).toHaveTitle(`${name} · Praxis`);
  await expect(page.getByRole("heading", { name: "Créneaux libres de la semaine" })).toBeVisible();
  await expect(page.getByText("Médecin généraliste").first()).toBeVisible();
  // The only way out is a plain link carrying the address, never the specialty.
  const map = page.getByRole("link", { name: /Voir sur OpenStreetMap/ }).first();
  const href = (await map.getAttribute("href")) ?? "";
  expect(href).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
  expect(decodeURIComponent(href).toLowerCase()).not.toContain("généraliste");
});

test("the demo practitioner's profile shows hours, motives and a week of slots", async ({
  page,
}) => {
  await page.goto("/praticiens/dr-claire-martin-paris");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dr Claire Martin");
  await expect(page.getByText("Conventionné secteur 1")).toBeVisible();
  // One table of hours per practice; only the rue de la Roquette receives on Mondays.
  const hours = page.getByRole("table", { name: "Horaires" });
  await expect(hours).toHaveCount(2);
  await expect(hours.filter({ hasText: "Lundi" })).toHaveCount(1);
  const firstMotive = page.getByRole("main").locator("details").first();
  await expect(firstMotive).toHaveAttribute("open", "");
  await expect(firstMotive.locator("summary")).toContainText("min");
});

test("the whole path works with the keyboard alone", async ({ page }) => {
  await page.goto("/recherche");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au contenu principal" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Spécialité, nom du praticien")).toBeFocused();
  await page.keyboard.type("generaliste");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Où ? (ville ou code postal)")).toBeFocused();
  await page.keyboard.type("Lyon");
  await page.keyboard.press("Enter");
  // A search's first visit to a town computes its practitioners' availability: allow for it.
  await expect(page).toHaveURL(/q=generaliste&place=Lyon/, { timeout: 30_000 });

  // Through the form again, then to the first result's link.
  const firstResultLink = results(page)
    .first()
    .getByRole("heading", { level: 3 })
    .getByRole("link");
  for (
    let presses = 0;
    presses < 30 && !(await firstResultLink.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(firstResultLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/praticiens\//, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("place suggestions come from our own communes list", async ({ page }) => {
  await page.goto("/recherche");
  await page.waitForFunction(() => "next" in window);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.getByLabel("Où ? (ville ou code postal)").pressSequentially("Lyo");
  await expect(page.locator('#recherche-lieu-suggestions option[value="Lyon (69)"]')).toHaveCount(
    1,
  );
  expect(requests).toContain("/api/v1/places");
});

test("bad input gets a clear message or a helpful empty state, never an error page", async ({
  page,
}) => {
  const long = await page.goto(`/recherche?q=${"a".repeat(5000)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText("100 caractères au plus.")).toBeVisible();

  await page.goto("/recherche?q=cardiologue&place=99999");
  await expect(page.getByRole("heading", { name: "Lieu introuvable" })).toBeVisible();

  await page.goto("/recherche?q=cardiologue&place=Marseile");
  await expect(page.getByRole("link", { name: "Marseille (13)" })).toBeVisible();

  await page.goto("/recherche?q=cardiologue&place=Paris&radiusKm=-5&page=1000000000");
  await expect(page.getByText("Le rayon doit être un nombre entier de 1 à 100 km.")).toBeVisible();
  await expect(page.getByText("La page doit être un nombre entier de 1 à 50.")).toBeVisible();

  await page.goto("/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&place=Paris");
  await expect(page.getByRole("heading", { name: "Aucun praticien ne correspond" })).toBeVisible();
  await expect(page.getByLabel("Spécialité, nom du praticien")).toHaveValue(
    "<script>alert(1)</script>",
  );

  await page.goto("/recherche?q=cardiologue&place=Paris&page=40&utm_source=newsletter");
  await expect(
    page.getByRole("heading", { name: "Cette page de résultats n’existe pas" }),
  ).toBeVisible();

  await page.goto("/recherche?lang=en");
  await expect(page.getByRole("heading", { name: "Que cherchez-vous ?" })).toBeVisible();
});

test("the JSON API answers the pages' questions and refuses what it does not know", async ({
  request,
}) => {
  const search = await request.get("/api/v1/practitioners?q=cardiologue&place=Paris");
  expect(search.status()).toBe(200);
  expect(search.headers()["cache-control"]).toMatch(/^no-store(, no-transform)?$/);
  const body = await search.json();
  expect(body.results.length).toBeGreaterThan(0);
  expect(body.results[0].specialty.slug).toBe("cardiologue");

  const unknown = await request.get("/api/v1/practitioners?q=cardiologue&utm_source=x");
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.code).toBe("BAD_REQUEST");

  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");

  const slots = await request.get("/api/v1/practitioners/dr-claire-martin-paris/availability");
  const { timeZone, slots: list } = await slots.json();
  expect(timeZone).toBe("Europe/Paris");
  expect(list[0].start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
});
