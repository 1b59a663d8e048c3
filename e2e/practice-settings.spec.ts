import { randomBytes, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, MAIL_DIR, signIn, signUpAndVerify } from "./patient-helpers";
import { waitForMails } from "../scripts/mail/read-caught-mail";

// The demo practitioner's own settings: hours changed with the keyboard, a motive added and
// reordered, a booking rule changed, and an absence over two patients' appointments that
// cancels them with a neutral mail to each. What is changed for the shared demo account is
// put back, or lies beyond what other specs look at.

const SLUG = "dr-claire-martin-paris";
const HEALTH_TERMS = /généraliste|consultation|motif|congrès/i;
const main = (page: Page) => page.getByRole("main");

async function expectFitsAPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const isoDay = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

test("the practitioner changes hours with the keyboard, a motive and a booking rule", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);

  // Hours: from a day beyond the booking horizon, so other specs' slots do not move.
  await page.goto("/espace-praticien/horaires");
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Horaires d’ouverture");
  await expectNoSeriousAxeViolations(page);
  await expectFitsAPhone(page);
  const form = main(page).locator("form").first();
  await form.getByLabel("À partir du").fill(isoDay(300));
  await form.getByRole("button", { name: "Ajouter une plage (Dimanche)" }).focus();
  await page.keyboard.press("Enter");
  const added = form.getByLabel("De (Dimanche, plage 2)");
  await expect(added).toBeVisible();
  await form.getByRole("button", { name: "Retirer (Dimanche, plage 2)" }).focus();
  await page.keyboard.press("Enter");
  await expect(added).toHaveCount(0);
  // Chromium's time fields take keys in segments the test cannot aim at: their values are
  // filled; adding, removing and saving stay on the keyboard.
  await form.getByLabel("De (Dimanche, plage 1)").fill("10:00");
  await form.getByLabel("À (Dimanche, plage 1)").fill("12:00");
  await form.getByRole("button", { name: "Enregistrer les horaires" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toContainText("Horaires enregistrés.");
  await page.reload();
  await expect(main(page)).toContainText("Changement déjà enregistré à partir du");

  // An end before the start is refused, nothing saved.
  const again = main(page).locator("form").first();
  await again.getByLabel("De (Dimanche, plage 1)").fill("12:00");
  await again.getByLabel("À (Dimanche, plage 1)").fill("10:00");
  await again.getByRole("button", { name: "Enregistrer les horaires" }).click();
  await expect(again.getByRole("alert")).toContainText("La fin doit venir après le début.");

  // A motive booked by the practice only (never on the public profile), moved up a place.
  const name = `Bilan e2e ${randomBytes(3).toString("hex")}`;
  await page.goto("/espace-praticien/motifs");
  await expectNoSeriousAxeViolations(page);
  await expectFitsAPhone(page);
  const newMotive = main(page).getByRole("region", { name: "Nouveau motif" });
  await newMotive.getByLabel("Nom du motif").fill(name);
  await newMotive.getByLabel("Durée (minutes)").fill("25");
  await newMotive
    .getByLabel("Réservable en ligne par")
    .selectOption({ label: "Personne : réservé par le cabinet" });
  await newMotive.getByRole("button", { name: "Ajouter le motif" }).click();
  await expect(newMotive.getByRole("status")).toContainText("Motif ajouté.");
  const cards = main(page).locator("ol > li");
  await expect(cards.last()).toContainText(name);
  await cards.last().getByRole("button", { name: "Monter" }).click();
  await expect(cards.nth(-2)).toContainText(name);
  await expect(cards.last()).not.toContainText(name);
  await cards.nth(-2).getByRole("button", { name: "Désactiver" }).click();
  await expect(cards.nth(-2)).toContainText("Désactivé");

  // A booking rule, put back afterwards.
  await page.goto("/espace-praticien/regles");
  await expectNoSeriousAxeViolations(page);
  await expectFitsAPhone(page);
  const deadline = main(page).getByLabel("Annulation en ligne jusqu’à (heures avant)");
  const before = await deadline.inputValue();
  await deadline.fill("3650000");
  await main(page).getByRole("button", { name: "Enregistrer les règles" }).click();
  await expect(main(page).getByRole("alert")).toBeVisible();
  await deadline.fill("48");
  await main(page).getByRole("button", { name: "Enregistrer les règles" }).click();
  await expect(main(page).getByRole("status")).toContainText("Règles enregistrées");
  await page.reload();
  await expect(deadline).toHaveValue("48");
  await deadline.fill(before);
  await main(page).getByRole("button", { name: "Enregistrer les règles" }).click();
  await expect(main(page).getByRole("status")).toContainText("Règles enregistrées");
});

test("an absence over two appointments cancels them, and each patient gets a neutral mail", async ({
  page,
  newGuardedContext,
}) => {
  test.setTimeout(180_000);
  // Two patients book two free slots of a day far enough ahead to be quiet.
  const profile = await (await page.request.get(`/api/v1/practitioners/${SLUG}`)).json();
  const motive = profile.motives.find((entry: { newPatients: boolean }) => entry.newPatients);
  const { day, starts, lastEnd } = await twoFreeSlots(page, motive.id);

  const emails: string[] = [];
  const booked: string[] = [];
  for (const [index, startsAt] of starts.entries()) {
    const patientPage = await (await newGuardedContext()).newPage();
    const patient = await signUpAndVerify(patientPage, `absence-${index}`);
    await signIn(patientPage, patient.email, patient.password);
    const me = await (await patientPage.request.get("/api/v1/me")).json();
    const response = await patientPage.request.post("/api/v1/appointments", {
      headers: { "Idempotency-Key": randomUUID() },
      data: { practitionerId: profile.id, motiveId: motive.id, patientId: me.holder.id, startsAt },
    });
    expect(response.status()).toBe(201);
    booked.push((await response.json()).appointment.id);
    emails.push(patient.email);
  }

  // The practitioner blocks those hours: asked first, then cancels both.
  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  await page.goto("/espace-praticien/absences/nouvelle");
  await expectNoSeriousAxeViolations(page);
  await expectFitsAPhone(page);
  const label = `Congrès ${randomBytes(3).toString("hex")}`;
  await main(page).getByLabel("Quelques heures").check();
  await main(page).getByLabel("Jour", { exact: true }).fill(day);
  await main(page).getByLabel("De", { exact: true }).fill(starts[0]!.slice(11, 16));
  await main(page).getByLabel("À", { exact: true }).fill(lastEnd);
  await main(page).getByLabel("Libellé (privé)").fill(label);
  await main(page).getByRole("button", { name: "Enregistrer l’absence" }).click();
  const alert = main(page).getByRole("alert");
  await expect(alert).toContainText("rendez-vous sont pris pendant cette période");
  for (const id of booked) {
    await expect(
      main(page).locator(`a[href$="/espace-praticien/rendez-vous/${id}"]`),
    ).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
  await main(page)
    .getByRole("button", { name: "Annuler les rendez-vous et prévenir les patients" })
    .click();
  await expect(page).toHaveURL(/\/espace-praticien\/absences\?ajout=1&annules=\d+/);
  await expect(main(page).getByRole("status").first()).toContainText("rendez-vous annulés");
  await expectNoSeriousAxeViolations(page);
  await expectFitsAPhone(page);

  for (const email of emails) {
    // The address check, the booking's confirmation, then the cancellation: wait for all
    // three, as the mail worker may not have sent the last one yet.
    const mails = await waitForMails(MAIL_DIR, email, { count: 3 });
    const cancellation = mails.find((mail) =>
      mail.subject.startsWith("Annulation de votre rendez-vous"),
    );
    expect(cancellation, `cancellation mail to ${email}`).toBeTruthy();
    expect(`${cancellation!.subject}\n${cancellation!.text}`).not.toMatch(HEALTH_TERMS);
  }

  // The absence goes again: its slots are offered anew.
  const item = main(page).getByRole("listitem").filter({ hasText: label });
  await item.getByRole("button", { name: "Supprimer" }).click();
  await expect(item).toHaveCount(0);
});

/** Two free slots one after the other, on the first day from six weeks ahead that has them. */
async function twoFreeSlots(
  page: Page,
  motiveId: string,
): Promise<{ day: string; starts: string[]; lastEnd: string }> {
  for (let offset = 42; offset < 80; offset++) {
    const day = isoDay(offset);
    const response = await page.request.get(
      `/api/v1/practitioners/${SLUG}/availability?from=${day}&to=${day}&motive=${motiveId}`,
    );
    const slots = (await response.json()).slots as { start: string; end: string }[];
    for (let i = 0; i + 1 < slots.length; i++) {
      if (slots[i]!.end === slots[i + 1]!.start) {
        return {
          day: slots[i]!.start.slice(0, 10),
          starts: [slots[i]!.start, slots[i + 1]!.start],
          lastEnd: slots[i + 1]!.end.slice(11, 16),
        };
      }
    }
  }
  throw new Error("no day with two free slots in a row");
}
