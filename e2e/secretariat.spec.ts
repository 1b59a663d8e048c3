import type { APIRequestContext, Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, MAIL_DIR, signIn, uniqueEmail } from "./patient-helpers";
import { linkIn, waitForMails } from "../scripts/mail/read-caught-mail";

// A practitioner invites a secretary, who activates the account from the mailed link,
// signs in and subscribes to the calendar feed (copy, rotate); the feed names no patient.
// Removing the secretary's access empties their feed at once.

const PHONE = { width: 375, height: 800 };

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The feed at this URL, fetched as a calendar app would (no cookie, no browser). */
async function fetchFeed(request: APIRequestContext, url: string) {
  return request.get(new URL(url).pathname, { headers: { Cookie: "" } });
}

test("a practitioner invites a secretary, who activates the account and subscribes to the feed", async ({
  page,
  newGuardedContext,
}) => {
  // The invitation travels through the outbox worker, which polls every second.
  test.setTimeout(120_000);
  const email = uniqueEmail("secretaire");
  const password = "une phrase de secrétariat";

  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  await page.goto("/espace-praticien/secretariat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Secrétariat");
  await expectNoSeriousAxeViolations(page);

  // A patient's address is refused, nothing is sent.
  await page.getByLabel("Adresse e-mail").fill(DEMO.patient);
  await page.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription(
    /ne peut pas recevoir un accès secrétariat/,
  );

  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Accès", { exact: true }).selectOption({ label: "Consultation seule" });
  await page.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toHaveText(
    `Invitation envoyée à ${email}.`,
  );
  const card = page.getByRole("article", { name: email });
  await expect(card.getByText("Invitation en attente")).toBeVisible();
  await expect(card.getByLabel(`Accès de ${email}`)).toHaveValue("view");
  await expectNoSeriousAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  const [invitation] = await waitForMails(MAIL_DIR, email);
  expect(invitation.subject).toBe("Votre invitation à rejoindre Praxis");
  const link = linkIn(invitation, "/definir-mot-de-passe");
  expect(link).toMatch(/^\/definir-mot-de-passe\?jeton=[\w-]{43}$/);

  // The secretary, in a browser of their own.
  const secretaryContext = await newGuardedContext();
  await secretaryContext.grantPermissions(["clipboard-read", "clipboard-write"]);
  const secretary = await secretaryContext.newPage();
  await secretary.goto(link);
  await secretary.getByLabel("Nouveau mot de passe", { exact: true }).fill(password);
  await secretary.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(secretary.getByRole("main").getByRole("status")).toContainText(
    "Votre mot de passe est enregistré",
  );
  await signIn(secretary, email, password);

  await secretary.goto("/espace-praticien/calendrier");
  await expect(secretary.getByRole("heading", { level: 1 })).toHaveText("Abonnement à l’agenda");
  await expectNoSeriousAxeViolations(secretary);
  await secretary.getByRole("button", { name: "Créer mon adresse d’abonnement" }).click();
  const urlField = secretary.getByLabel("Adresse d’abonnement");
  await expect(urlField).toHaveValue(/\/agenda\/[\w-]{43}\.ics$/);
  const firstUrl = await urlField.inputValue();
  await secretary.getByRole("button", { name: "Copier l’adresse" }).click();
  await expect(secretary.getByText("Adresse copiée.")).toBeVisible();
  expect(await secretary.evaluate(() => navigator.clipboard.readText())).toBe(firstUrl);
  await expectNoSeriousAxeViolations(secretary);

  // The feed holds Dr Martin's appointments, titled without any patient's name.
  const feed = await fetchFeed(secretary.request, firstUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const ics = await feed.text();
  expect(ics).toContain("SUMMARY:Rendez-vous Praxis");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).not.toMatch(/Durand|Camille|Léo/);

  // Rotating kills the first URL.
  await secretary.getByRole("button", { name: "Générer une nouvelle adresse" }).click();
  await expect(urlField).not.toHaveValue(firstUrl);
  const secondUrl = await urlField.inputValue();
  expect((await fetchFeed(secretary.request, firstUrl)).status()).toBe(404);
  expect((await fetchFeed(secretary.request, secondUrl)).status()).toBe(200);
  await expectNoHorizontalOverflow(secretary);

  // The practitioner removes the access: the secretary's feed is empty at the next poll.
  await page
    .getByRole("article", { name: email })
    .getByRole("button", { name: "Retirer l’accès" })
    .click();
  await expect(page.getByRole("article", { name: email })).toHaveCount(0);
  const after = await (await fetchFeed(secretary.request, secondUrl)).text();
  expect(after).not.toContain("BEGIN:VEVENT");
});

test("a wrong or malformed feed token is a 404", async ({ request }) => {
  for (const path of ["/agenda/abc.ics", `/agenda/${"A".repeat(43)}.ics`, "/agenda/x"]) {
    expect((await request.get(path)).status()).toBe(404);
  }
});

test("the demo secretary manages two agendas and has a feed page", async ({ page }) => {
  await signIn(page, "secretariat@praxis.demo", DEMO_PASSWORD);
  await page.goto("/espace-praticien/calendrier");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abonnement à l’agenda");
  // The practitioner's own settings stay theirs.
  expect((await page.goto("/espace-praticien/secretariat"))?.status()).toBe(404);
});
