import { randomUUID } from "node:crypto";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, signIn, signUpAndVerify } from "./patient-helpers";

// The practitioner's agenda with the demo data: Dr Claire Martin's busy current week over
// two practices (prisma/seed/ensure-demo-agenda.ts).

const DEMO_SLUG = "dr-claire-martin-paris";

function parisDate(instant: string | number = Date.now()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(instant));
}

test("the practitioner lands on today's agenda, switches views and moves with the keyboard", async ({
  page,
}) => {
  // Two axe runs over a busy week, on a shared machine.
  test.setTimeout(120_000);
  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/espace-praticien$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda de Dr Claire Martin");
  await expect(page.getByRole("link", { name: "Aujourd’hui" })).toHaveAttribute(
    "aria-current",
    "date",
  );
  const grid = page.getByRole("region", { name: /^Agenda du/ });
  await expect(
    grid.getByRole("link", { name: /Réservé|Arrivé|Vu|Absent|Annulé/ }).first(),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Semaine", exact: true }).click();
  await expect(page).toHaveURL(/vue=semaine/);
  await expect(page.getByText(/^Semaine du /)).toBeVisible();
  await expect(grid.getByRole("heading", { level: 2 })).toHaveCount(7);
  await expectNoSeriousAxeViolations(page);

  // Keyboard: focus "next week" and press Enter; then Enter on an appointment opens its panel.
  await page.getByRole("link", { name: "Semaine suivante" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/vue=semaine/);
  await expect(page).not.toHaveURL(new RegExp(`date=${parisDate()}`));
  const firstFree = grid.getByRole("link", { name: /^Libre à .*, réserver ce créneau$/ }).first();
  await firstFree.focus();
  await expect(firstFree).toBeFocused();
  await expect(firstFree).toHaveAttribute(
    "href",
    /\/espace-praticien\/nouveau\?debut=.+&cabinet=.+&praticien=.+/,
  );
});

test("a wrong date or view falls back to today with a notice; a bad API range is a 422", async ({
  page,
}) => {
  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  const response = await page.goto("/espace-praticien?date=2026-13-45&vue=autre");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText(/Cette date n’existe pas/);
  const api = await page.request.get(
    "/api/v1/practitioner/appointments?from=2026-01-01&to=2027-05-16",
  );
  expect(api.status()).toBe(422);
});

test("the day list downloads as CSV", async ({ page }) => {
  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger la liste du jour (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`agenda-${parisDate()}.csv`);
  const text = await (await file.createReadStream()).toArray();
  const csv = Buffer.concat(text).toString("utf8");
  expect(csv.split("\r\n")[0]).toBe(
    '\uFEFF"Date","Début","Fin","Nom","Prénom","Motif","Téléphone","Statut"',
  );
  expect(csv.split("\r\n").length).toBeGreaterThan(5);
});

test("a booking made elsewhere appears in the open agenda without a reload", async ({
  page,
  newGuardedContext,
}) => {
  test.setTimeout(120_000);
  const patientContext = await newGuardedContext();
  const patientPage = await patientContext.newPage();
  const patient = await signUpAndVerify(patientPage, "agenda-live");
  await signIn(patientPage, patient.email, patient.password);
  const me = await (await patientPage.request.get("/api/v1/me")).json();
  const profile = await (
    await patientPage.request.get(`/api/v1/practitioners/${DEMO_SLUG}`)
  ).json();
  const motive = profile.motives.find(
    (candidate: { newPatients: boolean; teleconsultation: boolean }) =>
      candidate.newPatients && !candidate.teleconsultation,
  );
  const from = parisDate(Date.now() + 86_400_000);
  const to = parisDate(Date.now() + 14 * 86_400_000);
  const availability = await (
    await patientPage.request.get(
      `/api/v1/practitioners/${DEMO_SLUG}/availability?motive=${motive.id}&from=${from}&to=${to}`,
    )
  ).json();
  const slots: { start: string }[] = availability.slots;
  // A random slot: other specs book the demo practitioner too.
  let startsAt = slots[Math.floor(Math.random() * slots.length)].start;

  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  await page.goto(`/espace-praticien?date=${parisDate(startsAt)}&vue=jour`);
  await page.evaluate(() => Object.assign(window, { agendaNotReloaded: true }));
  const newcomer = page.getByRole("link", {
    name: new RegExp(`${patient.firstName} ${patient.lastName}`),
  });
  await expect(newcomer).toHaveCount(0);

  const book = () =>
    patientPage.request.post("/api/v1/appointments", {
      headers: { "Idempotency-Key": randomUUID() },
      data: { practitionerSlug: DEMO_SLUG, motiveId: motive.id, patientId: me.holder.id, startsAt },
    });
  let booked = await book();
  for (let attempt = 0; booked.status() === 409 && attempt < 3; attempt++) {
    const next = (await booked.json()).error.nextSlots.find(
      (candidate: { startsAt: string }) => parisDate(candidate.startsAt) === parisDate(startsAt),
    );
    if (!next) break;
    startsAt = next.startsAt;
    booked = await book();
  }
  expect(booked.status()).toBe(201);
  await expect(newcomer.first()).toBeVisible({ timeout: 12_000 });
  expect(await page.evaluate(() => "agendaNotReloaded" in window)).toBe(true);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("the agenda reads as a list without horizontal scrolling", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
    await page.goto("/espace-praticien?vue=semaine");
    // The grid's markup, read as a list on a narrow screen.
    const list = page.getByRole("region", { name: /^Agenda du/ });
    await expect(list).toBeVisible();
    await expect(list.getByRole("link").first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
  });
});

test("a patient finds no agenda", async ({ page }) => {
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  const response = await page.goto("/espace-praticien");
  expect(response?.status()).toBe(404);
});
