import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { MAIL_DIR, uniqueEmail } from "./patient-helpers";
import { linkIn, waitForMails } from "../scripts/mail/read-caught-mail";

// The booking journey of a new patient: search → profile → motive → slot → create an
// account without losing the slot → book for a relative added on the way → confirmation
// (page, calendar file, mail) → cancel → cancellation mail. The fixtures fail the test on
// any CSP violation or request to another host.

const PRACTITIONER = { name: "Claire Martin", slug: "dr-claire-martin-paris" };
const HEALTH_TERMS = /m[ée]decin|g[ée]n[ée]raliste|consultation|\bdr\b/i;

const main = (page: Page) => page.getByRole("main");

async function signUpAndVerify(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Prénom").fill("Nadia");
  await page.getByLabel("Nom", { exact: true }).fill("Haddad");
  await page.getByLabel("Date de naissance").fill("1988-02-11");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(main(page).getByRole("status")).toContainText("Vérifiez votre boîte mail");
  const [mail] = await waitForMails(MAIL_DIR, email);
  // The mail's link opens in a tab of its own; the sign-up tab still knows the slot.
  const mailTab = await page.context().newPage();
  await mailTab.goto(linkIn(mail, "/verifier-email"));
  await mailTab.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(main(mailTab).getByRole("status")).toBeVisible();
  await mailTab.close();
}

test("a new patient books for a relative, gets the mails, and cancels", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("booking");
  const password = `une phrase de test ${randomBytes(4).toString("hex")}`;

  // Search, then the practitioner's profile.
  await page.goto("/recherche");
  await page.getByLabel("Spécialité, nom du praticien").fill(PRACTITIONER.name);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page
    .getByRole("link", { name: new RegExp(PRACTITIONER.name) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/praticiens/${PRACTITIONER.slug}$`));

  // The first motive (open) is for new patients; a late slot of the week, less contended.
  const slots = page.locator("#creneaux details[open] a[href*='/confirmer?']");
  await slots.last().click();
  await expect(page).toHaveURL(/\/rendez-vous\/dr-claire-martin-paris\/confirmer\?motif=.+&debut=/);
  const confirmUrl = page.url();
  const when = await main(page).locator("dl dd").first().innerText();
  expect(when).toMatch(/à \d{1,2} h/);

  // No account yet: create one, confirm the address from the mail, then sign in from the
  // sign-up page, which leads back to the slot.
  await main(page).getByRole("link", { name: "Créer un compte" }).click();
  await expect(page).toHaveURL(/\/inscription\?retour=%2Frendez-vous%2F/);
  await signUpAndVerify(page, email, password);
  await main(page).getByRole("link", { name: "Se connecter" }).click();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(confirmUrl);
  await expect(main(page).locator("dl dd").first()).toHaveText(when);

  // For a relative added right here, with the keyboard.
  const other = page.getByLabel("Un autre proche (à ajouter)");
  await other.focus();
  await page.keyboard.press("Space");
  await expect(other).toBeChecked();
  await page.getByLabel("Lien avec vous").selectOption("CHILD");
  await page.getByLabel("Prénom").fill("Yanis");
  await page.getByLabel("Nom", { exact: true }).fill("Haddad");
  await page.getByLabel("Date de naissance").fill("2016-04-02");
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).focus();
  await page.keyboard.press("Enter");

  // The confirmation page: local date and time, address, calendar file.
  await expect(page).toHaveURL(/\/espace-patient\/rendez-vous\/[0-9a-f-]{36}\?confirme=1$/);
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Rendez-vous confirmé");
  await expect(main(page)).toContainText(when);
  await expect(main(page)).toContainText("48 rue de la Roquette, 75011 Paris");
  await expect(main(page)).toContainText("Yanis Haddad");
  const calendarHref = await main(page)
    .getByRole("link", { name: "Ajouter à mon agenda" })
    .getAttribute("href");
  const calendar = await page.request.get(calendarHref!);
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  const ics = await calendar.text();
  expect(ics).toContain("SUMMARY:Rendez-vous médical");
  expect(ics).not.toMatch(HEALTH_TERMS);

  // The confirmation mail, neutral, names the day and time.
  const [confirmation] = await waitForMails(MAIL_DIR, email, { count: 2 }).then((mails) =>
    mails.filter((mail) => mail.subject.startsWith("Votre rendez-vous du ")),
  );
  expect(confirmation).toBeTruthy();
  // The subject says the day and time without the year: "samedi 5 décembre à 11 h 30".
  expect(confirmation.subject).toBe(
    `Votre rendez-vous du ${when.replace(/ \d{4} à /, " à ").replace(/ \(.*\)$/, "")}`,
  );
  expect(`${confirmation.subject}\n${confirmation.text}`).not.toMatch(HEALTH_TERMS);
  expect(confirmation.text).toContain("Yanis Haddad");

  // Cancel, then the cancellation mail.
  await main(page).getByRole("button", { name: "Annuler ce rendez-vous" }).click();
  await expect(page).toHaveURL(/\?annule=1$/);
  await expect(main(page).getByRole("status").first()).toContainText("annulé");
  const mails = await waitForMails(MAIL_DIR, email, { count: 3 });
  const cancellation = mails.find((mail) =>
    mail.subject.startsWith("Annulation de votre rendez-vous"),
  );
  expect(cancellation?.text).toContain("est annulé");
  expect(`${cancellation?.subject}\n${cancellation?.text}`).not.toMatch(HEALTH_TERMS);

  await page.goto("/espace-patient/rendez-vous");
  await expect(main(page).getByRole("region", { name: "Passés et annulés" })).toContainText(
    "Annulé",
  );
});

test("the booking API refuses what it cannot honour", async ({ request }) => {
  const unauthenticated = await request.post("/api/v1/appointments", {
    headers: { "Idempotency-Key": "e2e-no-session-1" },
    data: {},
  });
  expect(unauthenticated.status()).toBe(401);
  const calendar = await request.get(
    "/espace-patient/rendez-vous/00000000-0000-4000-8000-000000000000/agenda",
  );
  expect(calendar.status()).toBe(401);
});

test("the booking page offers motives, then a week of slots, kept in the URL", async ({ page }) => {
  await page.goto(`/rendez-vous/${PRACTITIONER.slug}`);
  await expect(main(page).getByRole("heading", { level: 1 })).toContainText(PRACTITIONER.name);
  await main(page)
    .getByRole("link", { name: /Première consultation/ })
    .click();
  await expect(page).toHaveURL(/\?motif=[0-9a-f-]{36}$/);
  const slots = main(page).getByRole("region", { name: /2\. Choisissez un créneau/ });
  await slots.getByRole("link", { name: "Semaine suivante" }).click();
  await expect(page).toHaveURL(/&du=\d{4}-\d{2}-\d{2}$/);
  const slot = slots.locator("a[href*='/confirmer?']").first();
  const label = await slot.getAttribute("aria-label");
  await slot.click();
  await expect(page).toHaveURL(/\/confirmer\?motif=[0-9a-f-]{36}&debut=/);
  await expect(main(page).locator("dl dd").first()).toContainText(label!.split(" à ")[1]);
  await expect(main(page).getByRole("link", { name: "Se connecter" })).toBeVisible();
});
