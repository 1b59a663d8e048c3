import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { linkIn, mailCatcherDir, waitForMails } from "../scripts/mail/read-caught-mail";

// The account's language: chosen at sign-up (the page's language first), used for its
// mails, and shown and changed in the profile.

const MAIL_DIR = mailCatcherDir();
const PASSWORD = "cheval-agrafe-pile-correcte";

test("signing up in German gives a German account, mails and profile", async ({ page }) => {
  test.slow(); // a whole journey, mails included
  const email = `e2e-de-${randomUUID()}@exemple.fr`;
  await page.goto("/de/inscription");
  await expect(page.getByRole("heading", { name: "Konto erstellen" })).toBeVisible();
  await page.getByLabel("Vorname").fill("Jonas");
  await page.getByLabel("Nachname").fill("Becker");
  await page.getByLabel("Geburtsdatum").fill("1990-03-21");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  // The page's language is offered first.
  await expect(page.getByLabel("Sprache Ihrer Nachrichten")).toHaveValue("de");
  await page.getByRole("button", { name: "Mein Konto erstellen" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Sehen Sie in Ihr Postfach",
  );

  const [mail] = await waitForMails(MAIL_DIR, email);
  expect(mail.subject).toBe("Bestätigen Sie Ihre E-Mail-Adresse");
  const link = linkIn(mail, "/de/verifier-email");
  await page.goto(link);
  await page.getByRole("button", { name: "Adresse bestätigen" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Ihre Adresse ist bestätigt",
  );

  await page.goto("/de/connexion");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/de$/);

  await page.goto("/de/espace-patient/profil");
  await expect(page.getByRole("heading", { name: "Mein Profil" })).toBeVisible();
  const language = page.getByLabel("Sprache Ihrer Nachrichten");
  await expect(language).toHaveValue("de");
  await expect(language.locator("option:checked")).toHaveText("Deutsch");

  // Changed in the profile, the choice is kept.
  await language.selectOption("en");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Ihr Profil wurde gespeichert",
  );
  await page.reload();
  await expect(page.getByLabel("Sprache Ihrer Nachrichten")).toHaveValue("en");
});
