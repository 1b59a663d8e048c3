import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { linkIn, mailCatcherDir, waitForMails } from "../scripts/mail/read-caught-mail";

// Account journeys in the browser, reading mails from the local SMTP catcher that
// `npm start` runs (MAIL_CATCHER_DIR, default .data/mail).

const MAIL_DIR = mailCatcherDir();
const PASSWORD = "cheval-agrafe-pile-correcte";
const DEMO_PATIENT = { email: "patient@praxis.demo", password: "praxis-demo-2026" };

const newEmail = () => `e2e-${randomUUID()}@exemple.fr`;

async function signUp(page: Page, email: string): Promise<void> {
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByLabel("Nom", { exact: true }).fill("Benali");
  await page.getByLabel("Date de naissance").fill("1992-07-14");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(statusIn(page)).toContainText("Vérifiez votre boîte mail");
}

async function verify(page: Page, email: string): Promise<void> {
  const [mail] = await waitForMails(MAIL_DIR, email);
  expect(mail.subject).toBe("Confirmez votre adresse e-mail");
  await page.goto(linkIn(mail, "/verifier-email"));
  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(statusIn(page)).toContainText("Votre adresse est confirmée");
}

async function signIn(
  page: Page,
  email: string,
  password: string,
  path = "/connexion",
): Promise<void> {
  await page.goto(path);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

const accountNav = (page: Page) => page.getByRole("navigation", { name: "Mon compte" });
// Scoped to <main>: Next's route announcer is an (empty) alert too.
const alertIn = (page: Page) => page.getByRole("main").getByRole("alert");
const statusIn = (page: Page) => page.getByRole("main").getByRole("status");

test("sign up, confirm the address from the mail, sign in and out", async ({ page, context }) => {
  test.slow(); // a whole journey, mails included
  const email = newEmail();
  await signUp(page, email);

  await signIn(page, email, PASSWORD);
  await expect(alertIn(page)).toContainText("Confirmez d’abord votre adresse e-mail");

  await verify(page, email);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await expect(accountNav(page).getByRole("button", { name: "Se déconnecter" })).toBeVisible();

  const [cookie] = (await context.cookies()).filter((c) => c.name.includes("praxis.session"));
  expect(cookie).toMatchObject({
    name: "__Host-praxis.session",
    httpOnly: true,
    sameSite: "Lax",
    secure: true,
    path: "/",
  });

  await accountNav(page).getByRole("button", { name: "Se déconnecter" }).click();
  await expect(accountNav(page).getByRole("link", { name: "Se connecter" })).toBeVisible();
  // The old cookie, replayed, opens nothing: its session row is gone.
  await context.addCookies([cookie]);
  await page.goto("/compte/securite");
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fcompte%2Fsecurite$/);
});

test("sign-in goes back to the page asked for, never to another site", async ({ page }) => {
  await page.goto("/compte/securite");
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fcompte%2Fsecurite$/);
  await page.getByLabel("Adresse e-mail").fill(DEMO_PATIENT.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PATIENT.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { name: "Sécurité du compte" })).toBeVisible();

  await accountNav(page).getByRole("button", { name: "Se déconnecter" }).click();
  // Signed out once the page says so: a navigation started earlier would be cut short.
  await expect(accountNav(page).getByRole("link", { name: "Se connecter" })).toBeVisible();
  await signIn(
    page,
    DEMO_PATIENT.email,
    DEMO_PATIENT.password,
    "/connexion?retour=//attacker.example/",
  );
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("a forgotten password is replaced through a single-use link", async ({ page }) => {
  test.slow(); // a whole journey, mails included
  const email = newEmail();
  await signUp(page, email);
  await verify(page, email);

  await page.goto("/mot-de-passe-oublie");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(statusIn(page)).toContainText("Si un compte utilise cette adresse");

  const mails = await waitForMails(MAIL_DIR, email, { count: 2 });
  const reset = mails.find((mail) => mail.subject === "Choisissez un nouveau mot de passe")!;
  const link = linkIn(reset, "/reinitialiser-mot-de-passe");
  await page.goto(link);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("1234567890");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(
    page.getByLabel("Nouveau mot de passe", { exact: true }),
  ).toHaveAccessibleDescription(/plus courants/);

  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("une-toute-nouvelle-phrase");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(statusIn(page)).toContainText("Votre mot de passe est enregistré");

  await page.goto(link);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("encore-une-autre-phrase");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(alertIn(page)).toContainText("Ce lien n’est plus valide");

  await signIn(page, email, PASSWORD);
  await expect(alertIn(page)).toContainText("Adresse e-mail ou mot de passe incorrect");
  await signIn(page, email, "une-toute-nouvelle-phrase");
  await expect(accountNav(page).getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

test("forms answer alike for a registered and an unknown address", async ({ page }) => {
  test.slow(); // a whole journey, mails included
  const known = newEmail();
  await signUp(page, known);
  const unknown = newEmail();

  // What the user sees, and the status of the server action's response.
  async function outcome(submit: () => Promise<void>, email: string) {
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await submit();
    const status = (await response).status();
    const message = await page
      .getByRole("main")
      .locator("[role=alert], [role=status]")
      .first()
      .innerText();
    return { status, message: message.replace(email, "<adresse>") };
  }

  const signInWith = (email: string) =>
    outcome(() => signIn(page, email, "pas-le-bon-mot-de-passe"), email);
  expect(await signInWith(known)).toEqual(await signInWith(unknown));

  const resetFor = (email: string) =>
    outcome(async () => {
      await page.goto("/mot-de-passe-oublie");
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByRole("button", { name: "Envoyer le lien" }).click();
    }, email);
  expect(await resetFor(known)).toEqual(await resetFor(unknown));

  const signUpWith = (email: string) => outcome(() => signUp(page, email), email);
  expect(await signUpWith(known)).toEqual(await signUpWith(newEmail()));
  // Signing up again with an address never confirmed re-sends the confirmation link.
  const mails = await waitForMails(MAIL_DIR, known, { count: 3 });
  expect(mails.map((mail) => mail.subject).sort()).toEqual([
    "Choisissez un nouveau mot de passe",
    "Confirmez votre adresse e-mail",
    "Confirmez votre adresse e-mail",
  ]);
});

test("the security page changes the password and, once confirmed, the address", async ({
  page,
}) => {
  test.slow(); // a whole journey, mails included
  const email = newEmail();
  await signUp(page, email);
  await verify(page, email);
  await signIn(page, email, PASSWORD);
  await expect(accountNav(page).getByRole("link", { name: "Sécurité du compte" })).toBeVisible();
  await accountNav(page).getByRole("link", { name: "Sécurité du compte" }).click();

  const passwordForm = page.getByRole("region", { name: "Changer de mot de passe" });
  await passwordForm.getByLabel("Mot de passe actuel").fill("pas-le-bon-mot-de-passe");
  await passwordForm.getByLabel("Nouveau mot de passe").fill("une-phrase-toute-neuve");
  await passwordForm.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(passwordForm.getByLabel("Mot de passe actuel")).toHaveAccessibleDescription(
    /actuel est incorrect/,
  );
  await passwordForm.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await passwordForm.getByLabel("Nouveau mot de passe").fill("une-phrase-toute-neuve");
  await passwordForm.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(passwordForm.getByRole("status")).toContainText("Votre mot de passe est modifié");

  const moved = newEmail();
  const emailForm = page.getByRole("region", { name: "Changer d’adresse e-mail" });
  await emailForm.getByLabel("Nouvelle adresse e-mail").fill(moved);
  await emailForm.getByLabel("Mot de passe actuel").fill("une-phrase-toute-neuve");
  await emailForm.getByRole("button", { name: "Recevoir le lien de confirmation" }).click();
  await expect(emailForm.getByRole("status")).toContainText("Un lien de confirmation");

  const [confirmation] = await waitForMails(MAIL_DIR, moved);
  await page.goto(linkIn(confirmation, "/compte/confirmer-email"));
  await page.getByRole("button", { name: "Utiliser cette adresse" }).click();
  await expect(statusIn(page)).toContainText("Votre nouvelle adresse e-mail est enregistrée");
  const notices = await waitForMails(MAIL_DIR, email, { count: 3 });
  expect(notices.map((mail) => mail.subject)).toContain(
    "L’adresse e-mail de votre compte a été modifiée",
  );

  await accountNav(page).getByRole("button", { name: "Se déconnecter" }).click();
  // Signed out once the page says so: a navigation started earlier would be cut short.
  await expect(accountNav(page).getByRole("link", { name: "Se connecter" })).toBeVisible();
  await signIn(page, moved, "une-phrase-toute-neuve");
  await expect(accountNav(page).getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

test("bad input gets field errors tied to the fields, never a server error", async ({ page }) => {
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("שרה");
  await page.getByLabel("Nom", { exact: true }).fill("Levi\u202Eevil");
  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByLabel("Mot de passe", { exact: true }).fill("x".repeat(10 * 1024));
  const response = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  expect((await response).status()).toBe(200);

  await expect(alertIn(page)).toContainText("Le formulaire contient des erreurs");
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription(
    /adresse e-mail valide/,
  );
  await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveAccessibleDescription(
    /ne peut pas dépasser 128/,
  );
  await expect(page.getByLabel("Nom", { exact: true })).toHaveAccessibleDescription(
    /que des lettres/,
  );
  await expect(page.getByLabel("Date de naissance")).toHaveAccessibleDescription(
    /date de naissance/,
  );
  await expect(page.getByLabel("Prénom")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Prénom")).toHaveValue("שרה");
});

test("a patient finds no admin or practitioner page (404)", async ({ page }) => {
  await signIn(page, DEMO_PATIENT.email, DEMO_PATIENT.password);
  await expect(accountNav(page).getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  for (const path of ["/admin/praticiens", "/praticien"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette page est introuvable");
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in and out still works", async ({ page }) => {
    await signIn(page, DEMO_PATIENT.email, DEMO_PATIENT.password);
    await expect(accountNav(page).getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await accountNav(page).getByRole("button", { name: "Se déconnecter" }).click();
    await expect(accountNav(page).getByRole("link", { name: "Se connecter" })).toBeVisible();
  });

  test("a refused sign-in shows its error", async ({ page }) => {
    await signIn(page, newEmail(), "pas-le-bon-mot-de-passe");
    await expect(alertIn(page)).toContainText("Adresse e-mail ou mot de passe incorrect");
  });
});
