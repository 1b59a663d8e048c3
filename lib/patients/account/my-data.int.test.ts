import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import {
  createAppointment,
  createPatientAccount,
  createPractice,
  findValuesInDatabase,
  type Practice,
} from "../testing/fixtures";

let database: TestDatabase;
let prisma: PrismaClient;
let practice: Practice;
let useCases: {
  exportMyData: typeof import("./export-my-data").exportMyData;
  deleteAccount: typeof import("./delete-account").deleteAccount;
  recordAccess: typeof import("@/lib/audit/record-access").recordAccess;
  issueToken: typeof import("@/lib/auth/tokens").issueToken;
  enqueueMail: typeof import("@/lib/mail/enqueue-mail").enqueueMail;
};

const NOW = new Date("2030-06-15T10:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);
const PASSWORD = "une phrase de passe tenace";
const ADDRESS = "203.0.113.7";

// Values found nowhere else in the database, so any hit after deletion is a leak.
const HOLDER = {
  email: "ysoldine.quarteroni@praxis.test",
  people: [
    {
      relationship: "SELF",
      firstName: "Ysoldine",
      lastName: "Quarteroni-Zaïd",
      birthDate: "1911-03-17",
      phone: "+33699887766",
    },
    {
      relationship: "CHILD",
      firstName: "Théobaldine",
      lastName: "Quarteroni-Zaïd",
      birthDate: "2013-05-19",
    },
    { relationship: "PARENT", firstName: "ليلى", lastName: "قرطبيّة", birthDate: "1944-07-23" },
  ],
} as const;
const PERSONAL_TEXTS = [
  HOLDER.email,
  "ysoldine",
  "Quarteroni",
  "Théobaldine",
  "ليلى",
  "قرطبيّة",
  "699887766",
];
const PERSONAL_DATES = ["1911-03-17", "2013-05-19", "1944-07-23"];

let holder: { userId: string; patientIds: string[] };
let other: { userId: string; patientIds: string[] };
let appointmentIds: { past: string; upcoming: string; childPast: string };

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  useCases = {
    exportMyData: (await import("./export-my-data")).exportMyData,
    deleteAccount: (await import("./delete-account")).deleteAccount,
    recordAccess: (await import("@/lib/audit/record-access")).recordAccess,
    issueToken: (await import("@/lib/auth/tokens")).issueToken,
    enqueueMail: (await import("@/lib/mail/enqueue-mail")).enqueueMail,
  };

  practice = await createPractice(prisma);
  holder = await createPatientAccount(prisma, {
    email: HOLDER.email,
    password: PASSWORD,
    people: [...HOLDER.people],
  });
  other = await createPatientAccount(prisma, {
    email: "berenice.temoin@praxis.test",
    password: PASSWORD,
    people: [
      { relationship: "SELF", firstName: "Bérénice", lastName: "Témoin", birthDate: "1980-01-02" },
    ],
  });
  const [self, child] = holder.patientIds;
  appointmentIds = {
    past: await createAppointment(prisma, practice, {
      patientId: self,
      bookedById: holder.userId,
      startsAt: hours(-48),
      status: "COMPLETED",
    }),
    upcoming: await createAppointment(prisma, practice, {
      patientId: self,
      bookedById: holder.userId,
      startsAt: hours(48),
      status: "BOOKED",
    }),
    childPast: await createAppointment(prisma, practice, {
      patientId: child,
      bookedById: holder.userId,
      startsAt: hours(-24),
      status: "COMPLETED",
    }),
  };
  // Booked through the API: the answer kept for idempotent retries names the patient.
  await prisma.appointment.update({
    where: { id: appointmentIds.childPast },
    data: {
      idempotencyKey: "booked-through-the-api",
      requestHash: "0".repeat(64),
      idempotentResponse: {
        status: 201,
        bodyText: JSON.stringify({ appointment: { patient: { firstName: "Théobaldine" } } }),
      },
    },
  });
  await createAppointment(prisma, practice, {
    patientId: other.patientIds[0],
    startsAt: hours(72),
    status: "BOOKED",
  });

  await prisma.$transaction(async (tx) => {
    await useCases.recordAccess(tx, {
      actorId: practice.staffUserId,
      patientId: self,
      practitionerId: practice.practitionerId,
      action: "VIEW_APPOINTMENT",
      resourceType: "appointment",
      resourceId: appointmentIds.past,
    });
    await useCases.issueToken(tx, { purpose: "reset-password", userId: holder.userId });
    await useCases.enqueueMail(tx, {
      to: HOLDER.email,
      subject: "Votre rendez-vous",
      text: "Bonjour Ysoldine",
    });
    await useCases.enqueueMail(tx, {
      to: "berenice.temoin@praxis.test",
      subject: "Bienvenue",
      text: "Bonjour",
    });
  });
  await prisma.outboxMail.updateMany({
    where: { recipient: HOLDER.email },
    data: { status: "SENT", sentAt: hours(-1) },
  });
  await useCases.enqueueMail(prisma, {
    to: HOLDER.email.toUpperCase(),
    subject: "Rappel",
    text: "Ysoldine",
  });
  await prisma.session.create({
    data: { sessionToken: "holder-session", userId: holder.userId, expires: hours(24) },
  });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

const holderActor = () => ({ id: holder.userId, role: "PATIENT" as const });

describe("exportMyData", () => {
  it("holds the account, everyone on it, their appointments, the access log and the mails", async () => {
    const data = await useCases.exportMyData(holderActor(), NOW);

    expect(data.account).toMatchObject({ id: holder.userId, email: HOLDER.email, role: "PATIENT" });
    expect(data.profile).toMatchObject({
      firstName: "Ysoldine",
      birthDate: "1911-03-17",
      phone: "+33699887766",
    });
    expect(data.relatives.map((person) => person.firstName).sort()).toEqual(
      ["Théobaldine", "ليلى"].sort(),
    );
    expect(data.appointments.map((appointment) => appointment.id)).toEqual([
      appointmentIds.past,
      appointmentIds.childPast,
      appointmentIds.upcoming,
    ]);
    expect(data.appointments[0]).toMatchObject({
      status: "COMPLETED",
      practitioner: { name: "Dr Claire Martin", specialty: "Médecin généraliste" },
      motive: "Consultation",
      location: { city: "Paris" },
    });
    expect(data.accessLog).toEqual([
      expect.objectContaining({
        action: "VIEW_APPOINTMENT",
        resourceId: appointmentIds.past,
        person: "Ysoldine Quarteroni-Zaïd",
        actor: { name: "Claire", role: "PRACTITIONER" },
        practitioner: { name: "Dr Claire Martin", practices: ["Cabinet de la Roquette, Paris"] },
      }),
    ]);
    expect(data.mails.map((mail) => mail.subject)).toEqual(["Votre rendez-vous", "Rappel"]);
  });

  it("holds nothing of other accounts and no secret", async () => {
    const json = JSON.stringify(await useCases.exportMyData(holderActor(), NOW));
    for (const foreign of ["Bérénice", "Témoin", "berenice", "Bienvenue"]) {
      expect(json).not.toContain(foreign);
    }
    for (const secret of ["passwordHash", "$argon2", "holder-session", "tokenHash"]) {
      expect(json).not.toContain(secret);
    }
  });

  it("is not available to staff accounts", async () => {
    await expect(
      useCases.exportMyData({ id: practice.staffUserId, role: "PRACTITIONER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("deleteAccount", () => {
  it("refuses a wrong password and changes nothing", async () => {
    const error = await useCases
      .deleteAccount(holderActor(), { password: "pas le bon mot de passe" }, ADDRESS, NOW)
      .catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      issues: [{ path: ["password"], message: "validation.password.wrongCurrent" }],
    });
    expect(await prisma.user.count({ where: { id: holder.userId } })).toBe(1);
  });

  it("leaves no personal value of anyone on the account anywhere in the database", async () => {
    expect(
      (await findValuesInDatabase(prisma, { texts: PERSONAL_TEXTS, dates: PERSONAL_DATES })).length,
    ).toBeGreaterThan(10);

    await useCases.deleteAccount(holderActor(), { password: PASSWORD }, ADDRESS, NOW);

    expect(
      await findValuesInDatabase(prisma, { texts: PERSONAL_TEXTS, dates: PERSONAL_DATES }),
    ).toEqual([]);
  }, 120_000); // two scans of every column take ~20 s on the embedded engine

  it("keeps the practices' records, pseudonymised, and cancels what was upcoming", async () => {
    const appointments = await prisma.appointment.findMany({
      where: { id: { in: Object.values(appointmentIds) } },
      select: { id: true, status: true, cancelledAt: true, bookedById: true, patient: true },
    });
    expect(appointments).toHaveLength(3);
    const byId = new Map(appointments.map((appointment) => [appointment.id, appointment]));
    expect(byId.get(appointmentIds.past)?.status).toBe("COMPLETED");
    expect(byId.get(appointmentIds.upcoming)).toMatchObject({
      status: "CANCELLED",
      cancelledAt: NOW,
    });
    for (const { patient, bookedById } of appointments) {
      expect(bookedById).toBeNull();
      expect(patient).toMatchObject({
        ownerId: null,
        firstName: null,
        lastName: null,
        birthDate: null,
        phone: null,
        pseudonymisedAt: NOW,
      });
    }
    // The practice's audit trail of its kept records stays, with no personal field in it.
    expect(await prisma.accessLogEntry.count({ where: { patientId: holder.patientIds[0] } })).toBe(
      1,
    );
  });

  it("erases the person without appointments, the login, its sessions, tokens and mails", async () => {
    expect(await prisma.patient.count({ where: { id: holder.patientIds[2] } })).toBe(0);
    expect(await prisma.user.count({ where: { id: holder.userId } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: holder.userId } })).toBe(0);
    expect(await prisma.authToken.count({ where: { userId: holder.userId } })).toBe(0);
    expect(await prisma.outboxMail.count({ where: { recipient: { contains: "ysoldine" } } })).toBe(
      0,
    );
  });

  it("leaves the other account untouched", async () => {
    expect(
      await prisma.patient.findUniqueOrThrow({ where: { id: other.patientIds[0] } }),
    ).toMatchObject({
      firstName: "Bérénice",
      ownerId: other.userId,
    });
    expect(
      await prisma.outboxMail.count({ where: { recipient: "berenice.temoin@praxis.test" } }),
    ).toBe(1);
    expect(
      await prisma.appointment.count({
        where: { patientId: other.patientIds[0], status: "BOOKED" },
      }),
    ).toBe(1);
  });

  it("lets the address register again", async () => {
    await expect(prisma.user.create({ data: { email: HOLDER.email } })).resolves.toMatchObject({
      email: HOLDER.email,
    });
  });

  it("is not available to staff accounts", async () => {
    await expect(
      useCases.deleteAccount(
        { id: practice.staffUserId, role: "PRACTITIONER" },
        { password: PASSWORD },
        ADDRESS,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
