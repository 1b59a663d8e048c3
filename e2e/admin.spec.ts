import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, MAIL_DIR, signIn, uniqueEmail } from "./patient-helpers";
import { linkIn, waitForMails } from "../scripts/mail/read-caught-mail";

test("an admin creates a practitioner account, which is invited by mail, then verifies it", async ({
  page,
}) => {
  // The invitation travels through the outbox worker, which polls every second.
  test.setTimeout(90_000);
  const email = uniqueEmail("praticien");
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  await page.goto("/admin/praticiens");
  await page.getByRole("link", { name: "Créer un compte praticien" }).click();

  await page.getByLabel("Adresse e-mail").fill(email.toUpperCase());
  await page.getByLabel("Titre").selectOption({ label: "Docteur (Dr)" });
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByLabel("Nom", { exact: true }).fill("Haddad-Leroux");
  await page.getByLabel("Spécialité").selectOption({ label: "Médecin généraliste" });
  await page.getByLabel(/^Zone/).selectOption({ label: "La Réunion" });
  await page.getByRole("button", { name: "Créer le compte et envoyer l’invitation" }).click();

  await expect(page).toHaveURL(/\/admin\/praticiens\/[0-9a-f-]{36}\?cree=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dr Inès Haddad-Leroux");
  await expect(page.getByText(`l’invitation envoyée à ${email}`)).toBeVisible();
  await expect(page.getByText("Non vérifié", { exact: true })).toBeVisible();
  await expect(page.getByText("Invitation en attente", { exact: true })).toBeVisible();

  const [invitation] = await waitForMails(MAIL_DIR, email);
  expect(invitation.subject).toBe("Votre invitation à rejoindre Praxis");
  expect(linkIn(invitation, "/definir-mot-de-passe")).toMatch(
    /^\/definir-mot-de-passe\?jeton=[\w-]{43}$/,
  );

  await page.getByRole("button", { name: "Marquer comme vérifié" }).click();
  await expect(page.getByRole("status").filter({ hasText: "vérifié" })).toHaveText(
    "Le praticien est vérifié : il apparaît désormais dans la recherche.",
  );
  await expect(page.getByText("Vérifié", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retirer la vérification" })).toBeVisible();

  await page.goto("/admin/praticiens?statut=verifies");
  await expect(page.getByRole("link", { name: "Dr Inès Haddad-Leroux" })).toBeVisible();
  await page.goto("/admin/praticiens?statut=non-verifies");
  await expect(page.getByRole("link", { name: "Dr Inès Haddad-Leroux" })).toHaveCount(0);
});

test("the create form explains what is missing or taken, field by field", async ({ page }) => {
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  await page.goto("/admin/praticiens/nouveau");
  await page.getByRole("button", { name: "Créer le compte et envoyer l’invitation" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription(
    /Indiquez une adresse e-mail valide/,
  );
  await expect(page.getByLabel("Spécialité")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Adresse e-mail").fill(DEMO.patient);
  await page.getByLabel("Prénom").fill("Paul");
  await page.getByLabel("Nom", { exact: true }).fill("Durand");
  await page.getByLabel("Spécialité").selectOption({ label: "Médecin généraliste" });
  await page.getByRole("button", { name: "Créer le compte et envoyer l’invitation" }).click();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription(
    /Un compte utilise déjà cette adresse e-mail\./,
  );
  await expect(page.getByLabel("Prénom")).toHaveValue("Paul");
});

test("practitioners cannot reach the admin pages", async ({ page }) => {
  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  const response = await page.goto("/admin/praticiens");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette page est introuvable");
});
