import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { expect, test } from "./fixtures";
import { MAIL_DIR, uniqueEmail } from "./patient-helpers";
import { LOCALE_COOKIE, localizePath, type Locale } from "../lib/i18n/locales";
import { formatDayAndTime } from "../lib/utils/format-date";
import { linkIn, waitForMails } from "../scripts/mail/read-caught-mail";

// The public side in French, English and German, on the demo data: every text comes from
// that language's catalogue, so the spec reads the catalogue rather than repeating it. The
// fixtures fail any test on a CSP violation or a request to another host.

type Catalogue = typeof import("../messages/fr.json");
const catalogue = (locale: Locale): Catalogue =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../messages/${locale}.json`), "utf8"));
const [fr, en, de] = (["fr", "en", "de"] as const).map(catalogue);
const CATALOGUES = { fr, en, de } as const;
// Plain objects: keys owned by other parts of the app are read without their types.
const tFor = (locale: Locale) =>
  createTranslator({
    locale,
    messages: CATALOGUES[locale] as Record<string, unknown>,
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;

// What a patient of each language types, and how the page then names the specialty.
const WORDS: Record<Locale, { dermatologist: string; name: string; weekdays: RegExp }> = {
  fr: { dermatologist: "dermatologue", name: "Dermatologue", weekdays: /Lundi|Mardi|Mercredi/ },
  en: {
    dermatologist: "dermatologist",
    name: "Dermatologist",
    weekdays: /Monday|Tuesday|Wednesday/,
  },
  de: { dermatologist: "Hautarzt", name: "Hautarzt", weekdays: /Montag|Dienstag|Mittwoch/ },
};
const LOCALES = ["fr", "en", "de"] as const;
const PRACTITIONER = {
  name: "Claire Martin",
  slug: "dr-claire-martin-paris",
  zone: "Europe/Paris",
};

const main = (page: Page) => page.getByRole("main");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const locale of LOCALES) {
  const t = tFor(locale);
  const at = (path: string) => localizePath(locale, path);

  test(`${locale}: search from the home page, open a profile, choose a slot`, async ({ page }) => {
    // A first search in a town computes its practitioners' availability: allow for it.
    test.setTimeout(120_000);
    await page.goto(at("/"));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("home.hero.title"));
    const form = page.getByRole("search", { name: t("search.formLabel") });
    await form.getByLabel(t("search.what.label")).fill(WORDS[locale].dermatologist);
    await form.getByLabel(t("search.where.label")).fill("Paris");
    await form.getByRole("button", { name: t("search.submit") }).click();

    await expect(page).toHaveURL(new RegExp(`${escape(at("/recherche"))}\\?q=`));
    await expect(page).toHaveTitle(`${t("search.title")} · Praxis`);
    await expect(
      page.getByText(t("search.matchedSpecialties", { count: 1, names: WORDS[locale].name })),
    ).toBeVisible();
    const first = main(page).getByRole("article").first();
    await expect(first).toContainText(WORDS[locale].name);
    await expect(first.getByText(t("search.result.nextFree"))).toBeVisible();

    await first.getByRole("heading", { level: 3 }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${escape(at("/praticiens/"))}[a-z0-9-]+$`));
    await expect(page.getByRole("heading", { name: t("practitioner.slotsTitle") })).toBeVisible();
    await expect(main(page).getByText(WORDS[locale].name).first()).toBeVisible();
    await expect(page.getByRole("table", { name: t("practitioner.hours") }).first()).toContainText(
      WORDS[locale].weekdays,
    );

    // A slot leads to the confirmation step in the same language, said in its words.
    const slot = page.locator("#creneaux details[open] a[href*='/confirmer?']").first();
    await slot.click();
    await expect(page).toHaveURL(new RegExp(`${escape(at("/rendez-vous/"))}.+/confirmer\\?`));
    const startsAt = new URL(page.url()).searchParams.get("debut")!;
    await expect(main(page).getByRole("heading", { level: 1 })).toHaveText(
      t("booking.confirm.title"),
    );
    const when = formatDayAndTime(locale, new Date(startsAt), "Europe/Paris");
    await expect(main(page).locator("dl dd").first()).toContainText(when);
    const signIn = main(page).getByRole("link", { name: t("booking.confirm.signIn") });
    expect(await signIn.getAttribute("href")).toMatch(
      new RegExp(`^${escape(at("/connexion"))}\\?retour=`),
    );
  });

  test(`${locale}: dates and prices read as in that language`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(at(`/praticiens/${PRACTITIONER.slug}`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const fee = main(page).getByText(/€/).first();
    await expect(fee).toContainText(locale === "en" ? /€\d+\.\d\d/ : /\d+,\d\d\s€/);
    const time = main(page).locator("#creneaux details[open] a").first();
    await expect(time).toHaveText(
      { fr: /^\d{1,2} h( \d\d)?$/, en: /^\d{1,2}:\d\d [AP]M$/, de: /^\d{1,2}:\d\d Uhr$/ }[locale],
    );
  });
}

test("English and German words find the same practitioners as the French ones", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const found = async (q: string) => {
    await page.goto(`/recherche?${new URLSearchParams({ q, place: "Paris" })}`);
    const links = main(page)
      .getByRole("article")
      .getByRole("heading", { level: 3 })
      .getByRole("link");
    await expect(links.first()).toBeVisible();
    return (await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))).sort();
  };
  const groups = [
    ["dermatologue", "dermatologist", "Hautarzt"],
    ["pédiatre", "paediatrician", "Kinderarzt"],
    ["généraliste", "GP", "general practitioner", "Hausarzt"],
  ];
  for (const [french, ...others] of groups) {
    const expected = await found(french!);
    for (const word of others) expect(await found(word), word).toEqual(expected);
  }
  // And the page names the specialty in its own language, whatever the word typed.
  await page.goto("/de/recherche?q=GP&place=Paris");
  await expect(main(page).getByRole("article").first()).toContainText(
    "Hausarzt (Allgemeinmedizin)",
  );
  await page.goto("/en/recherche?q=Kinderarzt&place=Paris");
  await expect(main(page).getByRole("article").first()).toContainText("Paediatrician");
});

test("the language switcher keeps the page and the query", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/en/recherche?q=GP&place=Paris");
  await page.getByRole("banner").getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/recherche\?q=GP&place=Paris$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("contentinfo").getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/recherche\?q=GP&place=Paris$/);
  expect(new URL(page.url()).pathname).toBe("/recherche");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.search.heading);
});

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("gets the German home page on a first visit to /", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/de$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.home.hero.title);
  });
});

test.describe("bad language input", () => {
  test("an unknown prefix is the normal 404 page", async ({ page }) => {
    const response = await page.goto("/xx/recherche");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.notFound.heading);
  });

  test("a malformed Accept-Language gives French", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "Accept-Language": ";q=x,,@@, de;q=abc, *;;" });
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });
});

test.describe("an English browser", () => {
  test.use({ locale: "en-GB" });

  test("ignores a language cookie with garbage", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: LOCALE_COOKIE, value: "%3Cscript%3Exx", url: baseURL! }]);
    await page.goto("/");
    // The garbage is no choice: the browser's language decides.
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.home.hero.title);
  });
});

// Booking in each language. The confirmation mail is written in the ACCOUNT's language,
// chosen at sign-up (users.locale): a patient who signs up on the English pages reads an
// English mail. The account pages and mails are converted on the account-side branch.
for (const locale of LOCALES) {
  const t = tFor(locale);
  const at = (path: string) => localizePath(locale, path);

  test(`${locale}: a new patient books and reads the confirmation mail in that language`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const email = uniqueEmail(`lang-${locale}`);
    const password = `a test phrase ${randomBytes(4).toString("hex")}`;

    await page.goto(at(`/praticiens/${PRACTITIONER.slug}`));
    await page.locator("#creneaux details[open] a[href*='/confirmer?']").last().click();
    await expect(page).toHaveURL(new RegExp(`${escape(at("/rendez-vous/"))}.+/confirmer\\?`));
    const confirmUrl = page.url();
    const startsAt = new Date(new URL(confirmUrl).searchParams.get("debut")!);

    // Sign up on this language's pages, confirm the address from the mail, sign in.
    await main(page)
      .getByRole("link", { name: t("booking.confirm.signUp") })
      .click();
    await expect(page).toHaveURL(new RegExp(`${escape(at("/inscription"))}\\?retour=`));
    await page.getByLabel(t("auth.fields.firstName")).fill("Nadia");
    await page.getByLabel(t("auth.fields.lastName"), { exact: true }).fill("Haddad");
    await page.getByLabel(t("auth.fields.birthDate")).fill("1988-02-11");
    await page.getByLabel(t("auth.fields.email")).fill(email);
    await page.getByLabel(t("auth.fields.password"), { exact: true }).fill(password);
    await page.getByRole("button", { name: t("auth.signUp.submit") }).click();
    await expect(main(page).getByRole("status")).toBeVisible();
    const [verification] = await waitForMails(MAIL_DIR, email);
    expect(verification.subject).toBe(t("mail.account.verification.subject"));
    const mailTab = await page.context().newPage();
    await mailTab.goto(linkIn(verification, "/verifier-email"));
    await main(mailTab).getByRole("button").first().click();
    await expect(main(mailTab).getByRole("status")).toBeVisible();
    await mailTab.close();

    await page.goto(confirmUrl);
    await main(page)
      .getByRole("link", { name: t("booking.confirm.signIn") })
      .click();
    await page.getByLabel(t("auth.fields.email")).fill(email);
    await page.getByLabel(t("auth.fields.password"), { exact: true }).fill(password);
    await page.getByRole("button", { name: t("auth.signIn.submit") }).click();
    await expect(page).toHaveURL(confirmUrl);

    // For themselves (the first choice), then confirm.
    await expect(
      page.getByLabel(t("booking.confirm.myself", { name: "Nadia Haddad" })),
    ).toBeChecked();
    await page.getByRole("button", { name: t("booking.form.submit") }).click();
    await expect(page).toHaveURL(
      new RegExp(`${escape(at("/espace-patient/rendez-vous/"))}[0-9a-f-]{36}\\?confirme=1$`),
    );

    const mails = await waitForMails(MAIL_DIR, email, { count: 2 });
    // The subject names the day without its year; the body gives it in full.
    const when = formatDayAndTime(locale, startsAt, PRACTITIONER.zone, false);
    const whenInFull = formatDayAndTime(locale, startsAt, PRACTITIONER.zone, true);
    const subject = t("mail.appointment.confirmation.subject", { when });
    const confirmation = mails.find((mail) => mail.subject === subject);
    expect(confirmation, `a mail titled "${subject}"`).toBeTruthy();
    expect(confirmation!.text).toContain(whenInFull);
  });
}
