import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  DELETE as revokeRoute,
  PATCH as changeRoute,
} from "@/app/api/v1/practitioner/secretaries/[userId]/route";
import { GET as listRoute, POST as inviteRoute } from "@/app/api/v1/practitioner/secretaries/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import {
  createPatientAccount,
  createPractice,
  type Practice,
} from "@/lib/patients/testing/fixtures";
import { asUser, signInForTest } from "@/lib/practice-access/testing/staff-session";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// Secretaries through the API and the calendar-access policy, on a migrated database:
// invitations reuse the practitioner invitation's link mechanism, a grant's level is
// enforced, a revoked grant stops at the next request, bad input changes nothing.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () =>
  import("@/lib/practice-access/testing/staff-session").then((m) => m.sessionModule),
);

let database: TestDatabase;
let prisma: PrismaClient;
let claire: Practice;
let julien: Practice;
let patientEmail: string;

function call(
  handler: (request: Request, context?: never) => Promise<Response>,
  options: { as: { id: string }; method: string; body?: unknown; userId?: string },
): Promise<Response> {
  const path = `/api/v1/practitioner/secretaries${options.userId ? `/${options.userId}` : ""}`;
  const request = new Request(`http://praxis.test${path}`, {
    method: options.method,
    headers: { ...asUser(options.as.id), "Content-Type": "application/json" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const context = { params: Promise.resolve({ userId: options.userId ?? "" }) };
  return (handler as (r: Request, c: unknown) => Promise<Response>)(request, context);
}

const invite = (practice: Practice, body: unknown) =>
  call(inviteRoute, { as: { id: practice.staffUserId }, method: "POST", body });

async function secretaryActor(email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, role: user.role };
}

async function snapshot() {
  const [users, grants, mails, tokens] = await Promise.all([
    prisma.user.count(),
    prisma.calendarGrant.count(),
    prisma.outboxMail.count(),
    prisma.authToken.count(),
  ]);
  return { users, grants, mails, tokens };
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL = "https://praxis.example";
  prisma = createPrismaClient(database.url, 2);
  state.client = prisma;
  claire = await createPractice(prisma);
  julien = await createPractice(prisma, {
    firstName: "Julien",
    lastName: "Moreau",
    practice: "Cabinet de la Roquette",
  });
  for (const practice of [claire, julien]) {
    signInForTest(practice.staffUserId, "PRACTITIONER");
  }
  patientEmail = "camille@exemple.fr";
  await createPatientAccount(prisma, {
    email: patientEmail,
    password: "unused-password-123",
    people: [
      { relationship: "SELF", firstName: "Camille", lastName: "Durand", birthDate: "1988-04-12" },
    ],
  });
  // Claire reads Praxis in English: a new secretary's invitation follows the inviter.
  await prisma.user.update({ where: { id: claire.staffUserId }, data: { locale: "en" } });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("inviting a secretary", () => {
  it("creates a SECRETARY account invited by the practitioner invitation's link, in the inviter's language", async () => {
    const response = await invite(claire, { email: " Sophie@Cabinet.fr ", level: "manage" });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ userId: expect.any(String), invited: true });

    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "sophie@cabinet.fr" },
      include: { authTokens: true, calendarGrants: true },
    });
    expect(user).toMatchObject({
      id: body.userId,
      role: "SECRETARY",
      passwordHash: null,
      locale: "en",
    });
    expect(user.authTokens).toEqual([expect.objectContaining({ purpose: "INVITE" })]);
    expect(user.calendarGrants).toEqual([
      expect.objectContaining({ practitionerId: claire.practitionerId, level: "MANAGE" }),
    ]);
    const [mail] = await prisma.outboxMail.findMany({ where: { recipient: "sophie@cabinet.fr" } });
    expect(mail.subject).toBe("Your invitation to join Praxis");
    expect(mail.subject).not.toMatch(/Claire|Martin|Dr/);
    expect(mail.textBody).toContain("Dr Claire Martin");
    expect(mail.textBody).toMatch(
      /https:\/\/praxis\.example\/en\/definir-mot-de-passe\?jeton=[\w-]{43}/,
    );
  });

  it("gives an existing secretary the grant and a notice, without a new link", async () => {
    await prisma.user.update({
      where: { email: "sophie@cabinet.fr" },
      data: { passwordHash: await hash("chosen-password-123") },
    });
    const tokensBefore = await prisma.authToken.count();
    const response = await invite(julien, { email: "sophie@cabinet.fr", level: "view" });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ invited: false });
    expect(await prisma.authToken.count()).toBe(tokensBefore);
    const mails = await prisma.outboxMail.findMany({
      where: { recipient: "sophie@cabinet.fr" },
      orderBy: { createdAt: "asc" },
    });
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe("A new diary on Praxis");
    expect(mails[1].textBody).toContain("Dr Julien Moreau");
  });

  it("lists the grants of the practitioner's own agenda only", async () => {
    const response = await call(listRoute, { as: { id: julien.staffUserId }, method: "GET" });
    expect(response.status).toBe(200);
    const { secretaries } = await response.json();
    expect(secretaries).toEqual([
      {
        userId: expect.any(String),
        email: "sophie@cabinet.fr",
        level: "view",
        pending: false,
        grantedAt: expect.any(String),
      },
    ]);
  });

  it.each([
    ["a patient's address", () => ({ email: patientEmail, level: "manage" }), 422],
    ["a practitioner's address", () => ({ email: "staff-2@praxis.test", level: "view" }), 422],
    ["a malformed address", () => ({ email: "not-an-address", level: "manage" }), 422],
    ["HTML for an address", () => ({ email: "<b>x</b>@exemple.fr", level: "manage" }), 422],
    ["an unknown level", () => ({ email: "new@cabinet.fr", level: "owner" }), 422],
    [
      "a secretary who already has access",
      () => ({ email: "sophie@cabinet.fr", level: "view" }),
      409,
    ],
  ])("refuses %s and changes nothing", async (_, body, status) => {
    const before = await snapshot();
    const response = await invite(claire, body());
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.message).not.toMatch(/patient|PATIENT/);
    expect(await snapshot()).toEqual(before);
  });

  it("answers a patient's address with the same words as any other refused account", async () => {
    const refusal = async (email: string) =>
      (await (await invite(claire, { email, level: "manage" })).json()).error.fields.email;
    expect(await refusal(patientEmail)).toEqual(await refusal("staff-2@praxis.test"));
  });

  it("is the practitioner's alone: a secretary or a patient gets 404", async () => {
    const sophie = await secretaryActor("sophie@cabinet.fr");
    signInForTest(sophie.id, "SECRETARY");
    const response = await call(listRoute, { as: sophie, method: "GET" });
    expect(response.status).toBe(404);
  });
});

describe("a grant's level and its revocation", () => {
  it("lets a VIEW secretary read the agenda but not manage it (403)", async () => {
    const { requireCalendar } = await import("@/lib/practice-access/calendar-access");
    const sophie = await secretaryActor("sophie@cabinet.fr");
    await expect(requireCalendar(sophie, "view", julien.practitionerId)).resolves.toMatchObject({
      role: "VIEW",
    });
    await expect(requireCalendar(sophie, "manage", julien.practitionerId)).rejects.toMatchObject({
      code: "FORBIDDEN",
      status: 403,
    });
    await expect(requireCalendar(sophie, "manage", claire.practitionerId)).resolves.toMatchObject({
      role: "MANAGE",
    });
    await expect(requireCalendar(sophie, "settings", claire.practitionerId)).rejects.toMatchObject({
      status: 403,
    });
  });

  it("changes a level, and refuses an unknown one or another practitioner's grant", async () => {
    const sophie = await secretaryActor("sophie@cabinet.fr");
    const change = (practice: Practice, level: string) =>
      call(changeRoute, {
        as: { id: practice.staffUserId },
        method: "PATCH",
        userId: sophie.id,
        body: { level },
      });
    expect((await change(julien, "everything")).status).toBe(422);
    const response = await change(julien, "manage");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ userId: sophie.id, level: "manage" });
    const grant = await prisma.calendarGrant.findUniqueOrThrow({
      where: {
        practitionerId_userId: { practitionerId: julien.practitionerId, userId: sophie.id },
      },
    });
    expect(grant.level).toBe("MANAGE");
  });

  it("revokes a grant: the secretary's next request no longer reaches that agenda (404)", async () => {
    const { requireCalendar, calendarsOf } = await import("@/lib/practice-access/calendar-access");
    const sophie = await secretaryActor("sophie@cabinet.fr");
    const revoke = () =>
      call(revokeRoute, { as: { id: julien.staffUserId }, method: "DELETE", userId: sophie.id });
    const response = await revoke();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revoked: true });
    await expect(requireCalendar(sophie, "view", julien.practitionerId)).rejects.toMatchObject({
      code: "NOT_FOUND",
      status: 404,
    });
    expect((await calendarsOf(sophie)).map((calendar) => calendar.practitionerId)).toEqual([
      claire.practitionerId,
    ]);
    expect((await revoke()).status).toBe(404);
  });

  it("answers 404 for a malformed or unknown secretary id", async () => {
    for (const userId of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      const response = await call(revokeRoute, {
        as: { id: claire.staffUserId },
        method: "DELETE",
        userId,
      });
      expect(response.status).toBe(404);
    }
  });
});

describe("the patient's access log", () => {
  it("names the practitioner's secretariat when the secretary read the data", async () => {
    const { listMyAccessLog } = await import("@/lib/audit/list-access-log");
    const patient = await prisma.user.findUniqueOrThrow({
      where: { email: patientEmail },
      include: { patients: true },
    });
    const sophie = await secretaryActor("sophie@cabinet.fr");
    for (const actorId of [sophie.id, claire.staffUserId]) {
      await prisma.accessLogEntry.create({
        data: {
          actorId,
          patientId: patient.patients[0].id,
          practitionerId: claire.practitionerId,
          action: "VIEW_PROFILE",
          resourceType: "patient",
          resourceId: patient.patients[0].id,
        },
      });
    }
    const { entries } = await listMyAccessLog({ id: patient.id, role: "PATIENT" }, 1);
    expect(entries.map((entry) => entry.secretariatOf)).toEqual(
      expect.arrayContaining([{ title: "DR", name: "Claire Martin" }, null]),
    );
    const { translatorFor } = await import("@/lib/i18n/translator");
    expect(
      translatorFor("fr")("secretariat.accessLogActor", { title: "DR", name: "Claire Martin" }),
    ).toBe("Secrétariat du Dr Claire Martin");
  });
});
