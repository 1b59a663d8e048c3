import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { linkIn, mailCatcherDir, waitForMails } from "../scripts/mail/read-caught-mail";

// Accounts for the patient and admin specs. The seeded demo accounts are shared by every
// spec running against the same server, so anything destructive uses a fresh account.

export const DEMO_PASSWORD = "praxis-demo-2026";
export const DEMO = {
  patient: "patient@praxis.demo",
  practitioner: "praticien@praxis.demo",
  admin: "admin@praxis.demo",
};

export const MAIL_DIR = mailCatcherDir();

export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${randomBytes(3).toString("hex")}@praxis.test`;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
}

export type NewPatient = { email: string; password: string; firstName: string; lastName: string };

/** Signs up through the public form and confirms the address from the mail it receives. */
export async function signUpAndVerify(page: Page, label: string): Promise<NewPatient> {
  const patient = {
    email: uniqueEmail(label),
    password: `une phrase de test ${randomBytes(4).toString("hex")}`,
    firstName: "Maëlle",
    lastName: "Benali-Dupré",
  };
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill(patient.firstName);
  await page.getByLabel("Nom", { exact: true }).fill(patient.lastName);
  await page.getByLabel("Date de naissance").fill("1990-05-14");
  await page.getByLabel("Adresse e-mail").fill(patient.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(patient.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("main").getByRole("status")).toBeVisible();

  const [mail] = await waitForMails(MAIL_DIR, patient.email);
  await page.goto(linkIn(mail, "/verifier-email"));
  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(page.getByRole("main").getByRole("status")).toBeVisible();
  return patient;
}

/** Adds a child to the signed-in account through the relatives page. */
export async function addChild(page: Page, firstName: string, birthDate: string): Promise<void> {
  await page.goto("/espace-patient/proches");
  await page.getByLabel("Lien avec vous").selectOption({ label: "Enfant" });
  await page.getByLabel("Prénom").fill(firstName);
  await page.getByLabel("Nom", { exact: true }).fill("Benali-Dupré");
  await page.getByLabel("Date de naissance").fill(birthDate);
  await page.getByRole("button", { name: "Ajouter ce proche" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    `${firstName} Benali-Dupré a été ajouté(e)`,
  );
}
