import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import {
  addChild,
  DEMO,
  DEMO_PASSWORD,
  MAIL_DIR,
  signIn,
  signUpAndVerify,
} from "./patient-helpers";
import { mailsTo } from "../scripts/mail/read-caught-mail";

// Signing up goes through the mail catcher and the outbox worker, which polls every second.
const JOURNEY_TIMEOUT_MS = 120_000;

test("a patient adds a relative, exports their data, deletes the account and cannot sign in again", async ({
  page,
}) => {
  test.setTimeout(JOURNEY_TIMEOUT_MS);
  const patient = await signUpAndVerify(page, "suppression");
  await signIn(page, patient.email, patient.password);

  await page.goto("/espace-patient/profil");
  await page.getByLabel("Téléphone (facultatif)").fill("06 12 34 56 78");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Votre profil a été enregistré.",
  );

  await addChild(page, "ليلى", "2016-02-29");
  await expect(page.getByRole("listitem").filter({ hasText: "ليلى Benali-Dupré" })).toContainText(
    "Enfant · né(e) le 29 février 2016",
  );

  await page.goto("/espace-patient/mes-donnees");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger mes données" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^praxis-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.account.email).toBe(patient.email);
  expect(exported.profile).toMatchObject({ firstName: "Maëlle", phone: "+33612345678" });
  expect(exported.relatives).toEqual([
    expect.objectContaining({ relationship: "CHILD", firstName: "ليلى", birthDate: "2016-02-29" }),
  ]);
  expect(JSON.stringify(exported)).not.toContain("argon2");
  const response = await page.request.get("/espace-patient/mes-donnees/telecharger");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="/);
  expect(response.headers()["cache-control"]).toMatch(/^no-store(, no-transform)?$/);

  const password = page.getByLabel("Votre mot de passe, pour confirmer");
  await password.fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await password.fill(patient.password);
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL("/compte-supprime");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte a été supprimé");

  await page.goto("/espace-patient");
  await expect(page).toHaveURL(/\/connexion/);
  await page.getByLabel("Adresse e-mail").fill(patient.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(patient.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Adresse e-mail ou mot de passe incorrect.",
  );

  // The address is free again: signing up with it starts a new account (a verification mail,
  // not the "you already have an account" one).
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Maëlle");
  await page.getByLabel("Nom", { exact: true }).fill("Benali-Dupré");
  await page.getByLabel("Date de naissance").fill("1990-05-14");
  await page.getByLabel("Adresse e-mail").fill(patient.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(patient.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("main").getByRole("status")).toBeVisible();
  await expect
    .poll(async () => (await mailsTo(MAIL_DIR, patient.email)).map((mail) => mail.subject), {
      timeout: 20_000,
    })
    .toEqual(["Confirmez votre adresse e-mail", "Confirmez votre adresse e-mail"]);
});

test("another patient's relative answers the same 404 as a missing one", async ({
  page,
  newGuardedContext,
}) => {
  test.setTimeout(JOURNEY_TIMEOUT_MS);
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  await page.goto("/espace-patient/proches");
  const editLink = page.getByRole("link", { name: /^Modifier Léo/ });
  const relativePath = (await editLink.getAttribute("href"))!;
  expect(relativePath).toMatch(/^\/espace-patient\/proches\/[0-9a-f-]{36}$/);
  // The owner sees the page: the 404s below are about who asks, not a broken route.
  expect((await page.goto(relativePath))?.status()).toBe(200);

  // Another visitor: a context of their own, under the same privacy guards.
  const stranger = await (await newGuardedContext()).newPage();
  const otherPatient = await signUpAndVerify(stranger, "curieux");
  await signIn(stranger, otherPatient.email, otherPatient.password);
  const pages = [
    relativePath,
    `/espace-patient/proches/${randomUUID()}`,
    "/espace-patient/proches/1'OR'1",
  ];
  const seen = [];
  for (const path of pages) {
    const response = await stranger.goto(path);
    seen.push({
      status: response?.status(),
      title: await stranger.title(),
      heading: await stranger.getByRole("heading", { level: 1 }).textContent(),
    });
  }
  expect(seen[0]).toEqual({
    status: 404,
    title: "Page introuvable · Praxis",
    heading: "Cette page est introuvable",
  });
  expect(seen[1]).toEqual(seen[0]);
  expect(seen[2]).toEqual(seen[0]);
  await expect(stranger.getByText("Léo")).toHaveCount(0);
});

test("a patient cannot reach the admin pages", async ({ page }) => {
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  for (const path of [
    "/admin/praticiens",
    "/admin/praticiens/nouveau",
    `/admin/praticiens/${randomUUID()}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette page est introuvable");
  }
});

test("the profile form explains invalid input in French, on the fields", async ({ page }) => {
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  await page.goto("/espace-patient/profil");
  const firstName = page.getByLabel("Prénom");
  await firstName.fill("R2D2");
  await page.getByLabel("Téléphone (facultatif)").fill("12345");
  await page.getByRole("button", { name: "Enregistrer" }).click();

  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toBeFocused();
  await expect(alert).toContainText("Corrigez les champs indiqués");
  await expect(firstName).toHaveAttribute("aria-invalid", "true");
  await expect(firstName).toHaveAccessibleDescription(
    "Utilisez des lettres, espaces, traits d’union ou apostrophes.",
  );
  await expect(page.getByLabel("Téléphone (facultatif)")).toHaveValue("12345");
  await alert.getByRole("link", { name: /Indiquez un numéro valide/ }).click();
  await expect(page.getByLabel("Téléphone (facultatif)")).toBeFocused();
});

test("the access log page lists staff reads, or says there are none", async ({ page }) => {
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  const response = await page.goto("/espace-patient/acces?page=-3");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès à mes données");
  await expect(
    page.getByRole("table").or(page.getByText("Aucun professionnel n’a encore consulté")),
  ).toBeVisible();
});
