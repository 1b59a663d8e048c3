import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "@/lib/appointments/testing/booking-fixtures";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { deliverDueMails } from "@/lib/mail/deliver-outbox";
import type { MailMessage, MailTransport } from "@/lib/mail/smtp-transport";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { enqueueDueReminders } from "./enqueue-due-reminders";

// Appointment mails through the outbox: reminders queued once however many workers run,
// and a confirmation delivered exactly once although the worker that first took it died
// in the middle of sending.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: BookablePractice;
let marc: TestAccount;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  prisma = createPrismaClient(testDatabase.url, 6);
  state.client = prisma;
  practice = await createBookablePractice(prisma);
  marc = await createAccount(prisma, "marc");
});

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

const HOUR = 3_600_000;

async function appointment(
  startsAt: Date,
  createdAt: Date,
  status: "BOOKED" | "CANCELLED" = "BOOKED",
) {
  const row = await prisma.appointment.create({
    data: {
      practitionerId: practice.practitionerId,
      patientId: marc.relativeId,
      motiveId: practice.motiveId,
      locationId: practice.locationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      createdAt,
      status,
      cancelledAt: status === "CANCELLED" ? createdAt : null,
    },
  });
  return row.id;
}

function recordingTransport(): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (message) => void sent.push(message), close: () => {} };
}

describe("reminders", () => {
  it("queues one reminder per appointment due within 24 hours, whatever the workers", async () => {
    const now = new Date();
    const twoDaysAgo = new Date(now.getTime() - 48 * HOUR);
    const due = await appointment(new Date(now.getTime() + 10 * HOUR), twoDaysAgo);
    await appointment(new Date(now.getTime() + 30 * HOUR), twoDaysAgo);
    await appointment(new Date(now.getTime() + 12 * HOUR), now);
    await appointment(new Date(now.getTime() + 14 * HOUR), twoDaysAgo, "CANCELLED");

    const counts = await Promise.all([
      enqueueDueReminders(prisma, now),
      enqueueDueReminders(prisma, now),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await enqueueDueReminders(prisma, new Date(now.getTime() + 60_000))).toBe(0);

    const reminders = await prisma.outboxMail.findMany({
      where: { dedupeKey: { startsWith: "appointment-reminder:" } },
    });
    expect(reminders.map((mail) => mail.dedupeKey)).toEqual([`appointment-reminder:${due}`]);
    expect(reminders[0]).toMatchObject({ recipient: marc.email, status: "PENDING" });
    expect(reminders[0].subject).toMatch(/^Rappel : votre rendez-vous du /);
    expect(reminders[0].textBody).toContain("Léa Durand");
  });
});

describe("a confirmation through a worker killed mid-send", () => {
  it("is delivered exactly once by the workers that remain", async () => {
    const booking = await bookAppointment(
      { id: marc.userId, role: "PATIENT" },
      {
        practitionerId: practice.practitionerId,
        motiveId: practice.motiveId,
        patientId: marc.selfId,
        startsAt: localSlot(4, 9 * 60),
      },
      "outbox-exactly-once",
    );
    const dedupeKey = `appointment-confirmation:${booking.body.appointment.id}`;
    await prisma.outboxMail.updateMany({
      where: { dedupeKey: { not: dedupeKey } },
      data: { status: "SENT" },
    });

    // The first worker claims the mail and dies while talking to the SMTP server.
    const dying: MailTransport = { send: () => new Promise(() => {}), close: () => {} };
    const leaseMs = 400;
    void deliverDueMails({
      client: prisma,
      transport: dying,
      from: "Praxis <no-reply@praxis.test>",
      leaseMs,
    });
    await vi.waitFor(async () => {
      const mail = await prisma.outboxMail.findUniqueOrThrow({ where: { dedupeKey } });
      expect(mail.status).toBe("SENDING");
    });

    // Two workers are still running; once the dead one's lease runs out, one takes the mail.
    const transports = [recordingTransport(), recordingTransport()];
    const deliverAll = () =>
      Promise.all(
        transports.map((transport) =>
          deliverDueMails({
            client: prisma,
            transport,
            from: "Praxis <no-reply@praxis.test>",
            leaseMs: 60_000,
          }),
        ),
      );
    await deliverAll();
    expect(transports.flatMap((transport) => transport.sent)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, leaseMs + 100));
    await deliverAll();
    await deliverAll();

    const sent = transports.flatMap((transport) => transport.sent);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: marc.email });
    expect(sent[0].subject).toMatch(/^Votre rendez-vous du /);
    const mail = await prisma.outboxMail.findUniqueOrThrow({ where: { dedupeKey } });
    expect(mail).toMatchObject({ status: "SENT", attempts: 2 });
  });
});
