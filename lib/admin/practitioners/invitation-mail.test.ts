import { beforeAll, describe, expect, it } from "vitest";
import { subjectProblem } from "@/lib/mail/subject-policy";

let invitationMail: typeof import("./invitation-mail").invitationMail;

beforeAll(async () => {
  // Mail links are built from APP_URL (never from a request's Host header).
  process.env.APP_URL = "https://praxis.example";
  process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";
  ({ invitationMail } = await import("./invitation-mail"));
});

describe("invitationMail", () => {
  it.each([
    ["fr", "Votre invitation à rejoindre Praxis", "Bonjour,"],
    ["en", "Your invitation to join Praxis", "Hello,"],
    ["de", "Ihre Einladung zu Praxis", "Guten Tag,"],
  ] as const)("has a neutral subject in %s", (locale, subject, greeting) => {
    const mail = invitationMail(locale, "t".repeat(43));
    expect(mail.subject).toBe(subject);
    expect(subjectProblem(mail.subject)).toBeNull();
    expect(mail.text.startsWith(greeting)).toBe(true);
    expect(mail.html).toContain(`<html lang="${locale}">`);
  });

  it("links to the set-password page with the token, in both bodies", () => {
    const token = "abc_DEF-123".padEnd(43, "x");
    const link = `https://praxis.example/definir-mot-de-passe?jeton=${token}`;
    const mail = invitationMail("fr", token);
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).toContain("valable 7 jours");
  });

  it("links to the page in the invitee's language", () => {
    const token = "t".repeat(43);
    expect(invitationMail("de", token).text).toContain(
      `https://praxis.example/de/definir-mot-de-passe?jeton=${token}`,
    );
    expect(invitationMail("en", token).text).toContain("valid for 7 days");
  });
});
