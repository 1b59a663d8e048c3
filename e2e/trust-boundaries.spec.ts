import type { APIRequestContext, Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  DEMO,
  DEMO_PASSWORD,
  MAIL_DIR,
  signIn,
  signUpAndVerify,
  uniqueEmail,
} from "./patient-helpers";
import { mailsTo, waitForMails } from "../scripts/mail/read-caught-mail";

// What a client says about itself is believed only where the deployment allows it: its
// address, its origin, the areas it may know of (issue 15).

// Sign-ins hash passwords and sign-ups wait for mail: slow on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

test("a spoofed X-Forwarded-For does not buy a fresh rate-limit allowance", async ({ request }) => {
  // The CSP report endpoint allows 60 reports per client address in a burst. Each request
  // claims another address; with no trusted proxy they all count as the socket's.
  const statuses: number[] = [];
  for (let i = 0; i < 80; i++) {
    const response = await request.post("/api/csp-report", {
      headers: { "x-forwarded-for": `203.0.113.${i}`, "content-type": "application/json" },
      data: "not a report",
    });
    statuses.push(response.status());
  }
  expect(statuses).toContain(429);
});

// The sign-up form's own POST (a server action), captured in the browser and not sent.
async function captureSignUpPost(page: import("@playwright/test").Page, email: string) {
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Maëlle");
  await page.getByLabel("Nom", { exact: true }).fill("Benali-Dupré");
  await page.getByLabel("Date de naissance").fill("1990-05-14");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase de test assez longue");
  let captured: Request | undefined;
  await page.route("**/inscription*", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    return route.abort();
  });
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  const headers = captured!.headers();
  const kept = ["next-action", "next-router-state-tree", "content-type", "accept"];
  return {
    headers: Object.fromEntries(
      kept.filter((name) => headers[name]).map((name) => [name, headers[name]]),
    ),
    body: captured!.postDataBuffer()!,
  };
}

function replay(
  request: APIRequestContext,
  post: { headers: Record<string, string>; body: Buffer },
  extra: Record<string, string>,
) {
  return request.post("/inscription", {
    headers: { ...post.headers, ...extra },
    data: post.body,
    maxRedirects: 0,
  });
}

test("a server action posted from another origin is refused with 403 and writes nothing", async ({
  page,
  request,
  baseURL,
}) => {
  const email = uniqueEmail("csrf");
  const post = await captureSignUpPost(page, email);

  const crossOrigins: Record<string, string>[] = [
    { origin: "http://evil.example" },
    { origin: "null" },
    { "sec-fetch-site": "cross-site" },
  ];
  for (const crossOrigin of crossOrigins) {
    const response = await replay(request, post, crossOrigin);
    expect(response.status(), JSON.stringify(crossOrigin)).toBe(403);
    expect(response.headers()["content-security-policy"]).toBeTruthy();
  }

  // The same request from our own origin does sign up, and so mails the address: once,
  // because none of the refused ones created the account.
  const sameOrigin = await replay(request, post, {
    origin: new URL(baseURL!).origin,
    "sec-fetch-site": "same-origin",
  });
  expect(sameOrigin.status()).toBe(200);
  await waitForMails(MAIL_DIR, email);
  await page.waitForTimeout(2_500); // the worker polls every second
  expect(await mailsTo(MAIL_DIR, email)).toHaveLength(1);
});

test("odd paths that look like excluded ones never answer HTML without a CSP", async ({
  request,
}) => {
  const paths = [
    "/healthzfoo",
    "/healthz.html",
    "/healthz/x",
    "/faviconXico",
    "/favicon.icon",
    "/favicon.ico/x",
    "/_next/staticX/a",
    "/_next/static",
    "/_next/staticfoo.html",
    "/_next/imageX",
    "/_next/image/x",
    "/apifoo",
    "/api",
    "/icon.svgX",
    "/_praxis/introuvable",
  ];
  let htmlAnswers = 0;
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    htmlAnswers++;
    expect(response.headers()["content-security-policy"], path).toContain("default-src");
  }
  expect(htmlAnswers).toBeGreaterThan(paths.length / 2);
});

test("staff areas answer an anonymous visitor with the 404 every other role gets", async ({
  page,
  request,
}) => {
  for (const path of [
    "/admin",
    "/admin/praticiens",
    "/espace-praticien",
    "/espace-praticien/agenda",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toContain("Cette page est introuvable");
  }
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  const asPatient = await page.goto("/admin/praticiens");
  expect(asPatient?.status()).toBe(404);
});

test("signing out clears the framework's callback-URL cookie", async ({ page, context }) => {
  await signIn(page, DEMO.patient, DEMO_PASSWORD);
  const callbackCookies = async () =>
    (await context.cookies()).filter((cookie) => cookie.name.endsWith("authjs.callback-url"));
  expect(await callbackCookies()).not.toEqual([]);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  const signedIn = async () =>
    (await context.cookies()).some((cookie) => cookie.name.endsWith("praxis.session"));
  await expect.poll(signedIn).toBe(false);
  expect(await callbackCookies()).toEqual([]);
});

test("a password change gives the browser a new session id and kills the old one", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const patient = await signUpAndVerify(page, "rotation");
  await signIn(page, patient.email, patient.password);
  const sessionCookie = async () =>
    (await context.cookies()).find((cookie) => cookie.name.endsWith("praxis.session"));
  const before = await sessionCookie();
  expect(before).toBeDefined();

  await page.goto("/compte/securite");
  const form = page.getByRole("region", { name: "Changer de mot de passe" });
  await form.getByLabel("Mot de passe actuel").fill(patient.password);
  await form.getByLabel("Nouveau mot de passe").fill(`${patient.password} renouvelée`);
  await form.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(form.getByRole("status")).toBeVisible();

  const after = await sessionCookie();
  expect(after?.value).toBeTruthy();
  expect(after?.value).not.toBe(before!.value);
  // Still signed in with the new id…
  await page.goto("/espace-patient");
  await expect(page).toHaveURL(/\/espace-patient/);
  // …while the id from before the change is worth nothing.
  const stale = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${before!.name}=${before!.value}` },
  });
  const response = await stale.get("/espace-patient", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/connexion");
  await stale.dispose();
});
