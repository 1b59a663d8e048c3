import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withAppTestDatabase } from "@/scripts/testing/app-test-database";
import { authenticateCredentials } from "./authenticate-credentials";
import { requestPasswordReset, setPasswordWithToken } from "./reset-password";
import { signUpPatient } from "./sign-up-patient";
import {
  linkToken,
  PASSWORD,
  uniqueAddress,
  uniqueEmail,
  verifiedAccount,
} from "./testing/account-fixtures";
import { verifyEmail } from "./verify-email";

// Sign-up, verification and sign-in through their use cases, on a real database.

const database = withAppTestDatabase();

describe("sign-up and verification", () => {
  it("creates the account and its own profile, and signs in only once the address is confirmed", async () => {
    const prisma = database.prisma();
    const email = uniqueEmail();
    await signUpPatient(
      {
        email,
        password: PASSWORD,
        firstName: "مريم",
        lastName: "Lefèvre-Ñúñez",
        birthDate: new Date("1990-05-17"),
        locale: "fr" as const,
      },
      uniqueAddress(),
    );
    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      include: { patients: true },
    });
    expect(user).toMatchObject({ role: "PATIENT", emailVerified: null });
    expect(user.patients).toEqual([
      expect.objectContaining({
        relationship: "SELF",
        firstName: "مريم",
        lastName: "Lefèvre-Ñúñez",
      }),
    ]);
    expect(await authenticateCredentials({ email, password: PASSWORD }, uniqueAddress())).toEqual({
      ok: false,
      reason: "unverified",
    });

    const token = await linkToken(prisma, email, "/verifier-email");
    expect(await verifyEmail(token)).toBe(true);
    expect(await verifyEmail(token)).toBe(false);
    expect(await authenticateCredentials({ email, password: PASSWORD }, uniqueAddress())).toEqual({
      ok: true,
      userId: user.id,
    });
  });

  it("answers an existing address the same way and mails its owner instead", async () => {
    const prisma = database.prisma();
    const existing = await verifiedAccount(prisma);
    const input = {
      password: "autre-phrase-de-passe",
      firstName: "Eve",
      lastName: "Martin",
      birthDate: new Date("1985-01-01"),
      locale: "fr" as const,
    };
    await expect(
      signUpPatient({ ...input, email: existing.email }, uniqueAddress()),
    ).resolves.toBeUndefined();
    const mails = await prisma.outboxMail.findMany({ where: { recipient: existing.email } });
    expect(mails.map((mail) => mail.subject)).toEqual(["Vous avez déjà un compte Praxis"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).passwordHash).toBe(
      existing.passwordHash,
    );
    expect(await prisma.patient.count({ where: { ownerId: existing.id } })).toBe(0);
  });

  it("refuses a password built on the address, creating nothing", async () => {
    const prisma = database.prisma();
    const email = `jeanne.dupont.${randomUUID().slice(0, 6)}@exemple.fr`;
    const local = email.split("@")[0];
    await expect(
      signUpPatient(
        {
          email,
          password: `${local}-2026`,
          firstName: "Jeanne",
          lastName: "Dupont",
          birthDate: new Date("1970-02-02"),
          locale: "fr" as const,
        },
        uniqueAddress(),
      ),
    ).rejects.toMatchObject({ name: "ZodError" });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("stops a flood of sign-ups for one address", async () => {
    const email = uniqueEmail();
    const input = {
      email,
      password: PASSWORD,
      firstName: "Flo",
      lastName: "Od",
      birthDate: new Date("1980-01-01"),
      locale: "fr" as const,
    };
    for (let i = 0; i < 3; i++) await signUpPatient(input, uniqueAddress());
    await expect(signUpPatient(input, uniqueAddress())).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});

describe("sign-in lock-out", () => {
  it("locks an account after five failures, even for the right password, and a reset lifts it", async () => {
    const prisma = database.prisma();
    const account = await verifiedAccount(prisma);
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await authenticateCredentials(
            { email: account.email, password: "wrong-password-1" },
            uniqueAddress(),
          )
        ).ok,
      ).toBe(false);
    }
    expect(
      await authenticateCredentials({ email: account.email, password: PASSWORD }, uniqueAddress()),
    ).toEqual({
      ok: false,
      reason: "locked",
    });

    await requestPasswordReset(account.email, uniqueAddress());
    const token = await linkToken(prisma, account.email, "/reinitialiser-mot-de-passe");
    expect(await setPasswordWithToken("reset-password", token, "nouvelle-phrase-secrete")).toBe(
      true,
    );
    expect(
      (
        await authenticateCredentials(
          { email: account.email, password: "nouvelle-phrase-secrete" },
          uniqueAddress(),
        )
      ).ok,
    ).toBe(true);
  });

  it("locks an unknown address the same way, so the lock reveals nothing", async () => {
    const email = uniqueEmail();
    const outcomes = [];
    for (let i = 0; i < 6; i++)
      outcomes.push(
        (await authenticateCredentials({ email, password: PASSWORD }, uniqueAddress())) as {
          reason?: string;
        },
      );
    expect(outcomes.map((outcome) => outcome.reason)).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "locked",
    ]);
  });
});
