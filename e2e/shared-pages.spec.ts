import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, signIn } from "./patient-helpers";

// The home page and profiles are rendered once every few seconds and shared between
// anonymous visitors (lib/page-cache). Each copy must carry its own visitor's nonce, a
// signed-in visitor must get their own page, and a change must show at once.

const PROFILE = "/praticiens/dr-claire-martin-paris";

async function nonces(page: Page, path: string): Promise<{ header: string; scripts: string[] }> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const policy = (await response!.headerValue("content-security-policy")) ?? "";
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll("script")].map((script) => script.nonce ?? ""),
  );
  return { header: /'nonce-([^']+)'/.exec(policy)?.[1] ?? "", scripts };
}

test("each anonymous visit of a shared page gets its own nonce, in the header and the page", async ({
  page,
}) => {
  for (const path of [PROFILE, "/", "/en"]) {
    const first = await nonces(page, path);
    const second = await nonces(page, path);
    expect(first.header).toMatch(/^[A-Za-z0-9+/=]{22,}$/);
    expect(second.header).not.toBe(first.header);
    for (const visit of [first, second]) {
      expect(visit.scripts.length).toBeGreaterThan(0);
      expect(visit.scripts.every((nonce) => nonce === visit.header)).toBe(true);
    }
  }
});

test("a signed-in visitor never gets the page kept for anonymous ones", async ({ page }) => {
  await page.goto(PROFILE); // an anonymous copy is now kept
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  await page.goto(PROFILE);
  await expect(page.getByRole("link", { name: "Se connecter" })).toHaveCount(0);
});

test("a slot the practice books disappears from the shared profile at once", async ({
  page,
  newGuardedContext,
}) => {
  const visitor = await (await newGuardedContext()).newPage();
  await visitor.goto(PROFILE);
  const slot = visitor.locator("#creneaux details[open] a[href*='/confirmer?']").first();
  const href = (await slot.getAttribute("href"))!;
  const params = new URL(href, "http://praxis.invalid").searchParams;

  await signIn(page, DEMO.practitioner, DEMO_PASSWORD);
  const booked = await page.request.post("/api/v1/practitioner/appointments", {
    headers: { "Idempotency-Key": `e2e-shared-${Date.now()}` },
    data: {
      startsAt: params.get("debut"),
      motiveId: params.get("motif"),
      newPatient: { firstName: "Test", lastName: "Partage" },
    },
  });
  expect(booked.status(), await booked.text()).toBe(201);

  await visitor.reload();
  await expect(visitor.locator(`#creneaux a[href="${href}"]`)).toHaveCount(0);

  const id = (await booked.json()).appointment.id as string;
  const cancelled = await page.request.post(`/api/v1/practitioner/appointments/${id}/cancel`, {
    data: {},
  });
  expect(cancelled.status()).toBe(200);
});
