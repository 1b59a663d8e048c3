import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
} from "@/lib/appointments/testing/booking-fixtures";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { subjectProblem } from "@/lib/mail/subject-policy";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { enqueueDueReminders } from "./enqueue-due-reminders";

// Mails are written in the account holder's language (users.locale), including the
// confirmation composed with the booking statement and the worker's reminders.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: BookablePractice;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  prisma = createPrismaClient(testDatabase.url, 4);
  state.client = prisma;
  practice = await createBookablePractice(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

async function accountReading(locale: string, label: string) {
  const account = await createAccount(prisma, label);
  await prisma.user.update({ where: { id: account.userId }, data: { locale } });
  return account;
}

const HOUR = 3_600_000;

describe("the language of appointment mails", () => {
  it("gives an English account an English confirmation, written with the booking", async () => {
    const emma = await accountReading("en", "emma");
    const booking = await bookAppointment(
      { id: emma.userId, role: "PATIENT" },
      {
        practitionerId: practice.practitionerId,
        motiveId: practice.motiveId,
        patientId: emma.selfId,
        startsAt: localSlot(5, 10 * 60),
      },
      "language-english-confirmation",
    );
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-confirmation:${booking.body.appointment.id}` },
    });
    expect(mail.recipient).toBe(emma.email);
    expect(mail.subject).toMatch(/^Your appointment on \w+day \d{1,2} \w+ at 10:00 AM$/);
    expect(subjectProblem(mail.subject)).toBeNull();
    expect(mail.textBody.startsWith("Hello,")).toBe(true);
    expect(mail.textBody).toContain("Your appointment is confirmed:");
    expect(mail.textBody).toContain("/en/espace-patient/rendez-vous");
    expect(mail.textBody).toContain("The Praxis team");
  });

  it("gives a German account a German reminder, queued by the worker", async () => {
    const jonas = await accountReading("de", "jonas");
    const now = new Date();
    const { id } = await prisma.appointment.create({
      data: {
        practitionerId: practice.practitionerId,
        patientId: jonas.relativeId,
        motiveId: practice.motiveId,
        locationId: practice.locationId,
        startsAt: new Date(now.getTime() + 20 * HOUR),
        endsAt: new Date(now.getTime() + 20 * HOUR + 30 * 60_000),
        createdAt: new Date(now.getTime() - 72 * HOUR),
      },
    });
    expect(await enqueueDueReminders(prisma, now)).toBeGreaterThanOrEqual(1);
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-reminder:${id}` },
    });
    expect(mail.recipient).toBe(jonas.email);
    expect(mail.subject).toMatch(
      /^Erinnerung: Ihr Termin am \w+, \d{1,2}\. \S+ um \d{1,2}:\d{2} Uhr$/,
    );
    expect(subjectProblem(mail.subject)).toBeNull();
    expect(mail.textBody.startsWith("Guten Tag,")).toBe(true);
    expect(mail.textBody).toContain("Wir erinnern Sie an den Termin für Léa Durand:");
    expect(mail.textBody).toContain("Ihr Praxis-Team");
  });

  it("keeps French for an account that chose nothing", async () => {
    const marc = await createAccount(prisma, "marc");
    const booking = await bookAppointment(
      { id: marc.userId, role: "PATIENT" },
      {
        practitionerId: practice.practitionerId,
        motiveId: practice.motiveId,
        patientId: marc.selfId,
        startsAt: localSlot(6, 11 * 60),
      },
      "language-french-default",
    );
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-confirmation:${booking.body.appointment.id}` },
    });
    expect(mail.subject).toMatch(/^Votre rendez-vous du .* à 11 h$/);
    expect(mail.textBody.startsWith("Bonjour,")).toBe(true);
  });

  it("stores only the three languages Praxis writes in", async () => {
    const account = await createAccount(prisma, "xx");
    await expect(
      prisma.user.update({ where: { id: account.userId }, data: { locale: "xx" } }),
    ).rejects.toThrow();
  });
});
