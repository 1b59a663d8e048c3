import type { APIRequestContext, Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, MAIL_DIR, signIn } from "./patient-helpers";
import { waitForMails } from "../scripts/mail/read-caught-mail";

// The practice at work on its agenda, as the demo practitioner: status marks, a phone
// booking for someone without an account, a move made with the keyboard alone, and a
// cancellation whose neutral mail and "cancelled by the practice" the demo patient sees.
// Appointments are reached by URL (the agenda grid is another page's business): each test
// books what it needs through the API, at a free time the API itself points to.

const PROFILE = "/api/v1/practitioners/dr-claire-martin-paris";
const BOOK = "/api/v1/practitioner/appointments";
const PARIS_FORMAT = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

type Booked = { id: string; startsAt: string };

function parisOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(
    PARIS_FORMAT.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The Paris calendar date `daysAhead` days from today (negative: before). */
function parisDate(daysAhead: number): string {
  const today = PARIS_FORMAT.format(new Date()).slice(0, 10);
  const [year, month, day] = today.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + daysAhead)).toISOString().slice(0, 10);
}

/** Every half hour of a Paris day from 08:30 to 19:00, `daysAhead` days from today. */
function candidatesOn(daysAhead: number): Date[] {
  const [year, month, day] = parisDate(daysAhead).split("-").map(Number);
  return Array.from({ length: 22 }, (_, i) => {
    const wall = Date.UTC(year, month - 1, day, 8, 30 + i * 30);
    return new Date(wall - parisOffsetMinutes(new Date(wall)) * 60_000);
  });
}

let keyCount = 0;
const idempotencyKey = () => `e2e-agenda-${Date.now()}-${++keyCount}`;

// The shortest motive fits the gaps a busy demo day still has; the forms choose it too, so
// the time found free is free for what they book.
async function firstMotiveId(request: APIRequestContext): Promise<string> {
  const profile = await (await request.get(PROFILE)).json();
  const motives = profile.motives as { id: string; durationMinutes: number }[];
  return motives.reduce((a, b) => (b.durationMinutes < a.durationMinutes ? b : a)).id;
}

/**
 * Books a patient record without an account at the first free time among the candidates;
 * a 409 names the next free times, which are tried next. Null when the day has none.
 */
async function bookPhonePatient(
  request: APIRequestContext,
  candidates: Date[],
  lastName: string,
): Promise<Booked | null> {
  const motiveId = await firstMotiveId(request);
  const queue = candidates.map((candidate) => candidate.toISOString());
  for (let attempts = 0; queue.length > 0 && attempts < 40; attempts++) {
    const startsAt = queue.shift()!;
    const response = await request.post(BOOK, {
      headers: { "Idempotency-Key": idempotencyKey() },
      data: { startsAt, motiveId, newPatient: { firstName: "Test", lastName } },
    });
    if (response.status() === 201) return (await response.json()).appointment as Booked;
    if (response.status() === 409) {
      const next = (await response.json()).error.nextSlots as { startsAt: string }[];
      const sameDay = next.filter((slot) => slot.startsAt.slice(0, 10) === startsAt.slice(0, 10));
      queue.unshift(...sameDay.map((slot) => slot.startsAt));
    } else {
      expect(response.status(), await response.text()).toBe(422);
    }
  }
  return null;
}

async function freeTimeAhead(request: APIRequestContext, daysAhead: number): Promise<string> {
  // Found by booking a placeholder, then cancelling it: the time is free again at once.
  for (let day = daysAhead; day < daysAhead + 7; day++) {
    const booked = await bookPhonePatient(request, candidatesOn(day), "Sonde");
    if (booked) {
      const cancel = await request.post(`${BOOK}/${booked.id}/cancel`, { data: {} });
      expect(cancel.status()).toBe(200);
      return booked.startsAt;
    }
  }
  throw new Error("no free time in the demo agenda for a week");
}

/**
 * Two appointments the practice may mark now: booked today at free times, or, when today
 * has none left (a Sunday, after closing), visits of the past days that were not marked
 * yet (the demo leaves the last ones of each day so, as a busy evening does).
 */
async function twoToMark(request: APIRequestContext): Promise<[Booked, Booked]> {
  const first = await bookPhonePatient(request, candidatesOn(0), "Arrivée");
  const second = first && (await bookPhonePatient(request, candidatesOn(0), "Absence"));
  if (first && second) return [first, second];
  const listed = await request.get(`${BOOK}?from=${parisDate(-6)}&to=${parisDate(0)}`);
  expect(listed.status()).toBe(200);
  const unmarked = ((await listed.json()).appointments as (Booked & { status: string })[])
    .filter((each) => each.status === "BOOKED" && Date.parse(each.startsAt) < Date.now())
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const found = [first, ...unmarked].filter((each): each is Booked => Boolean(each));
  expect(found.length, "today's free times and the past days' unmarked visits").toBeGreaterThan(1);
  return [found[0], found[1]];
}

const main = (page: Page) => page.getByRole("main");

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("the practice's actions on its agenda", () => {
  // Each test first finds free times through the API, and one waits for the mail worker.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  });

  test("marks an arrival, then seen, and a no-show", async ({ page }) => {
    const [first, second] = await twoToMark(page.request);

    await page.goto(`/espace-praticien/rendez-vous/${first.id}`);
    await expect(main(page).getByRole("heading", { level: 1 })).toContainText("Rendez-vous du");
    await expectNoSeriousAxeViolations(page);
    await main(page).getByRole("button", { name: "Arrivé, en salle d’attente" }).click();
    await expect(
      main(page).getByRole("status").filter({ hasText: "Statut enregistré." }),
    ).toBeVisible();
    await expect(main(page).getByText("En salle d’attente", { exact: true })).toBeVisible();
    await main(page).getByRole("button", { name: "Vu", exact: true }).click();
    await expect(main(page).getByText("Vu", { exact: true }).first()).toBeVisible();
    await expect(
      main(page).getByRole("button", { name: "Annuler le dernier marquage" }),
    ).toBeVisible();

    await page.goto(`/espace-praticien/rendez-vous/${second.id}`);
    await main(page).getByRole("button", { name: "Absent, non excusé" }).click();
    await expect(main(page).getByText("Absent (non excusé)").first()).toBeVisible();
  });

  test("books a phone patient who has no account, on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const startsAt = await freeTimeAhead(page.request, 3);
    await page.goto(`/espace-praticien/nouveau?debut=${encodeURIComponent(startsAt)}`);
    await expect(
      main(page).getByRole("heading", { level: 1, name: "Nouveau rendez-vous" }),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalOverflow(page);
    await main(page).getByLabel("Prénom").fill("Jeanne");
    await main(page).getByLabel("Nom", { exact: true }).fill("Téléphone <b>Sans-Compte</b>");
    await main(page).getByLabel("Téléphone (facultatif)").fill("06 11 22 33 44");
    await main(page)
      .getByLabel("Motif")
      .selectOption(await firstMotiveId(page.request));
    await main(page).getByRole("button", { name: "Réserver" }).click();

    await expect(page).toHaveURL(/\/espace-praticien\/rendez-vous\/[0-9a-f-]{36}\?reserve=1/);
    await expect(main(page).getByRole("status").first()).toContainText("Rendez-vous réservé");
    // The name is shown as typed, as text: no markup comes through.
    await expect(
      main(page).getByRole("heading", { name: "Jeanne Téléphone <b>Sans-Compte</b>" }),
    ).toBeVisible();
    await expect(main(page).getByText("Dossier du cabinet, sans compte Praxis.")).toBeVisible();
    await expect(main(page).getByText("le cabinet", { exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });

  test("moves an appointment with the keyboard alone", async ({ page }) => {
    const startsAt = await freeTimeAhead(page.request, 4);
    const booked = await bookPhonePatient(page.request, [new Date(startsAt)], "Déplacement");
    expect(booked).not.toBeNull();
    await page.goto(`/espace-praticien/rendez-vous/${booked!.id}`);
    const timeSelect = main(page).getByLabel("Nouvel horaire");
    await expect(timeSelect).toBeVisible();

    // From the day's button (a date input holds several stops of its own), Tab reaches the
    // list of free times, the arrow keys choose one, Tab and Enter move the appointment.
    await main(page).getByRole("button", { name: "Voir les horaires libres" }).focus();
    await page.keyboard.press("Tab");
    await expect(timeSelect).toBeFocused();
    await page.keyboard.press("ArrowDown");
    const chosen = await timeSelect.inputValue();
    await page.keyboard.press("Tab");
    await expect(main(page).getByRole("button", { name: "Déplacer le rendez-vous" })).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\?deplace=1/);
    await expect(main(page).getByRole("status").first()).toContainText("Rendez-vous déplacé");
    expect(page.url()).not.toContain(booked!.id);
    expect(chosen).not.toBe(startsAt);
  });

  test("cancels with a message: a neutral mail, and the patient sees the practice cancelled", async ({
    page,
    newGuardedContext,
  }) => {
    const startsAt = await freeTimeAhead(page.request, 5);
    // The demo patient is one of the practitioner's own: found by name, chosen, booked.
    await page.goto(
      `/espace-praticien/nouveau?debut=${encodeURIComponent(startsAt)}&q=Camille%20Durand`,
    );
    await main(page).getByRole("link", { name: "Choisir Camille Durand" }).click();
    await expect(page).toHaveURL(/patient=/);
    await expect(main(page).getByRole("link", { name: "Changer de patient" })).toBeVisible();
    await main(page)
      .getByLabel("Motif")
      .selectOption(await firstMotiveId(page.request));
    await main(page).getByRole("button", { name: "Réserver" }).click();
    await expect(page).toHaveURL(/\?reserve=1/);
    await expectNoSeriousAxeViolations(page);

    const appointmentId = /rendez-vous\/([0-9a-f-]{36})/.exec(page.url())![1];
    const token = `e2e-${Date.now()}`;
    const message = `Le cabinet ferme exceptionnellement <b>${token}</b>`;
    await main(page).getByLabel("Message au patient (facultatif)").fill(message);
    await main(page).getByRole("button", { name: "Annuler le rendez-vous" }).click();
    await expect(page).toHaveURL(/\?annule=1/);
    await expect(main(page).getByText("Annulé", { exact: true })).toBeVisible();

    const mails = await waitForMails(MAIL_DIR, DEMO.patient, { count: 1, timeoutMs: 30_000 });
    let mail = mails.find((candidate) => candidate.text?.includes(token));
    for (let tries = 0; !mail && tries < 20; tries++) {
      await page.waitForTimeout(1_000);
      mail = (await waitForMails(MAIL_DIR, DEMO.patient)).find((candidate) =>
        candidate.text?.includes(token),
      );
    }
    expect(mail, "the cancellation mail").toBeDefined();
    expect(mail!.subject).toMatch(/^Annulation de votre rendez-vous du /);
    expect(mail!.subject).not.toContain(token);
    expect(mail!.text).toContain("annulé par le cabinet");
    expect(mail!.html).not.toContain(`<b>${token}</b>`);

    const patientContext = await newGuardedContext();
    const patientPage = await patientContext.newPage();
    await signIn(patientPage, DEMO.patient, DEMO_PASSWORD);
    await patientPage.goto(`/espace-patient/rendez-vous/${appointmentId}`);
    await expect(main(patientPage).getByText("Annulé par le cabinet")).toBeVisible();
  });
});
