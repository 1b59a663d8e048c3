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
  it("has a neutral subject", () => {
    const { subject } = invitationMail("t".repeat(43));
    expect(subject).toBe("Votre invitation à rejoindre Praxis");
    expect(subjectProblem(subject)).toBeNull();
  });

  it("links to the set-password page with the token, in both bodies", () => {
    const token = "abc_DEF-123".padEnd(43, "x");
    const link = `https://praxis.example/definir-mot-de-passe?jeton=${token}`;
    const mail = invitationMail(token);
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
  });
});
