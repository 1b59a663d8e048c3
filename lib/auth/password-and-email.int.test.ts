import { describe, expect, it } from "vitest";
import { withAppTestDatabase } from "@/scripts/testing/app-test-database";
import { authenticateCredentials } from "./authenticate-credentials";
import { confirmEmailChange, requestEmailChange } from "./change-email";
import { changePassword } from "./change-password";
import { MAX_SESSIONS_PER_ACCOUNT, openSession as openAccountSession } from "./open-session";
import { requestPasswordReset, setPasswordWithToken } from "./reset-password";
import {
  linkToken,
  openSession,
  PASSWORD,
  sessionOf,
  uniqueAddress,
  uniqueEmail,
  verifiedAccount,
} from "./testing/account-fixtures";
import { hashToken } from "./tokens";

// Password reset, password change and email change through their use cases.

const database = withAppTestDatabase();

describe("password reset", () => {
  it("sets a new password once, ends every session and tells the owner", async () => {
    const prisma = database.prisma();
    const account = await verifiedAccount(prisma);
    await openSession(prisma, account.id);
    await requestPasswordReset(account.email, uniqueAddress());
    const token = await linkToken(prisma, account.email, "/reinitialiser-mot-de-passe");

    await expect(setPasswordWithToken("reset-password", token, "1234567890")).rejects.toMatchObject(
      { name: "ZodError" },
    );
    expect(await setPasswordWithToken("reset-password", token, "tout-nouveau-secret")).toBe(true);
    expect(await setPasswordWithToken("reset-password", token, "encore-un-autre-secret")).toBe(
      false,
    );
    expect(await setPasswordWithToken("invite", token, "encore-un-autre-secret")).toBe(false);

    expect(await prisma.session.count({ where: { userId: account.id } })).toBe(0);
    expect(
      (await authenticateCredentials({ email: account.email, password: PASSWORD }, uniqueAddress()))
        .ok,
    ).toBe(false);
    const subjects = (
      await prisma.outboxMail.findMany({ where: { recipient: account.email } })
    ).map((mail) => mail.subject);
    expect(subjects).toContain("Votre mot de passe a été modifié");
  });

  it("mails nobody for an unknown address", async () => {
    const prisma = database.prisma();
    const email = uniqueEmail();
    await requestPasswordReset(email, uniqueAddress());
    expect(await prisma.outboxMail.count({ where: { recipient: email } })).toBe(0);
  });
});

describe("changing password and email", () => {
  it("changes the password, ending every session and giving this browser a new session id", async () => {
    const prisma = database.prisma();
    const account = await verifiedAccount(prisma);
    const current = await openSession(prisma, account.id);
    await openSession(prisma, account.id);
    const session = sessionOf(account, current);

    await expect(
      changePassword(
        session,
        { currentPassword: "pas-le-bon-mot-de-passe", newPassword: "un-secret-bien-neuf" },
        uniqueAddress(),
      ),
    ).rejects.toMatchObject({ name: "ZodError" });
    const { sessionId } = await changePassword(
      session,
      { currentPassword: PASSWORD, newPassword: "un-secret-bien-neuf" },
      uniqueAddress(),
    );
    const sessions = await prisma.session.findMany({ where: { userId: account.id } });
    // The id from before the change is dead; the browser's cookie gets the new one.
    expect(sessions.map((row) => row.sessionToken)).toEqual([hashToken(sessionId)]);
    expect(hashToken(sessionId)).not.toBe(current);
    expect(
      (
        await authenticateCredentials(
          { email: account.email, password: "un-secret-bien-neuf" },
          uniqueAddress(),
        )
      ).ok,
    ).toBe(true);
  });

  it("moves the account to a confirmed new address and tells the old one", async () => {
    const prisma = database.prisma();
    const account = await verifiedAccount(prisma);
    const session = sessionOf(account, "unused");
    const newEmail = uniqueEmail();
    await requestEmailChange(session, { newEmail, currentPassword: PASSWORD }, uniqueAddress());
    expect((await prisma.user.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(
      account.email,
    );

    const token = await linkToken(prisma, newEmail, "/compte/confirmer-email");
    expect(await confirmEmailChange(token)).toBe("changed");
    expect(await confirmEmailChange(token)).toBe("invalid-link");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(
      newEmail,
    );
    const notices = await prisma.outboxMail.findMany({ where: { recipient: account.email } });
    expect(notices.map((mail) => mail.subject)).toContain(
      "L’adresse e-mail de votre compte a été modifiée",
    );
  });

  it("tells the owner of an address already in use, and changes nothing", async () => {
    const prisma = database.prisma();
    const account = await verifiedAccount(prisma);
    const other = await verifiedAccount(prisma);
    const session = sessionOf(account, "unused");
    await requestEmailChange(
      session,
      { newEmail: other.email, currentPassword: PASSWORD },
      uniqueAddress(),
    );
    const mails = await prisma.outboxMail.findMany({ where: { recipient: other.email } });
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Cette adresse est déjà utilisée sur Praxis",
    ]);
    expect(
      await prisma.authToken.count({ where: { userId: account.id, purpose: "CHANGE_EMAIL" } }),
    ).toBe(0);
  });
});

describe("sessions per account", () => {
  it(`keeps the ${MAX_SESSIONS_PER_ACCOUNT} newest sessions, ending the oldest first`, async () => {
    const prisma = database.prisma();
    const account = await verifiedAccount(prisma);
    const opened: string[] = [];
    for (let i = 0; i < MAX_SESSIONS_PER_ACCOUNT + 3; i++) {
      opened.push(hashToken(await openAccountSession(account.id)));
      // Sessions are ordered by their creation time, stored to the millisecond.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const kept = await prisma.session.findMany({
      where: { userId: account.id },
      select: { sessionToken: true },
    });
    expect(kept).toHaveLength(MAX_SESSIONS_PER_ACCOUNT);
    expect(new Set(kept.map((row) => row.sessionToken))).toEqual(
      new Set(opened.slice(-MAX_SESSIONS_PER_ACCOUNT)),
    );
  });

  it("never ends another account's sessions", async () => {
    const prisma = database.prisma();
    const [one, other] = [await verifiedAccount(prisma), await verifiedAccount(prisma)];
    const others = await openSession(prisma, other.id);
    for (let i = 0; i < MAX_SESSIONS_PER_ACCOUNT + 1; i++) await openAccountSession(one.id);
    expect(await prisma.session.count({ where: { sessionToken: others } })).toBe(1);
  });
});
