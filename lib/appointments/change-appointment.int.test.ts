import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as cancel } from "@/app/api/v1/appointments/[id]/cancel/route";
import { POST as reschedule } from "@/app/api/v1/appointments/[id]/reschedule/route";
import { GET as listMine } from "@/app/api/v1/me/appointments/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { appointmentResponseSchema, myAppointmentsResponseSchema } from "./api/appointment-schemas";
import { installTestSession, testRequest } from "./testing/api-harness";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "./testing/booking-fixtures";

// Cancelling and rescheduling through the API: the practitioner's deadline, ownership, and
// a reschedule that leaves the patient with exactly one appointment whatever fails.

const state = vi.hoisted(() => ({
  client: undefined as unknown,
  // Runs after the engine said yes and before the transaction: a parallel booking.
  afterSlotCheck: undefined as (() => Promise<void>) | undefined,
  failRescheduleMail: false,
}));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () => import("./testing/api-harness").then((m) => m.sessionModule));
vi.mock("@/lib/availability/get-availability", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/availability/get-availability")>();
  return {
    ...original,
    async checkRequestedSlot(...args: Parameters<typeof original.checkRequestedSlot>) {
      const answer = await original.checkRequestedSlot(...args);
      await state.afterSlotCheck?.();
      return answer;
    },
  };
});
vi.mock("@/lib/notifications/notify-appointment", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/notifications/notify-appointment")>();
  return {
    async notifyAppointment(...args: Parameters<typeof original.notifyAppointment>) {
      if (args[1] === "reschedule" && state.failRescheduleMail) throw new Error("mail store down");
      return original.notifyAppointment(...args);
    },
  };
});

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: BookablePractice;
let lenientPractice: BookablePractice;
let marc: TestAccount;
let nina: TestAccount;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  prisma = createPrismaClient(testDatabase.url, 4);
  state.client = prisma;
  practice = await createBookablePractice(prisma);
  lenientPractice = await createBookablePractice(prisma, { cancellationDeadlineHours: 2 });
  marc = await createAccount(prisma, "marc");
  nina = await createAccount(prisma, "nina");
  installTestSession([marc, nina]);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

beforeEach(() => {
  state.afterSlotCheck = undefined;
  state.failRescheduleMail = false;
});

async function appointmentAt(
  startsAt: Date,
  of: BookablePractice = practice,
  patientId = marc.selfId,
) {
  const row = await prisma.appointment.create({
    data: {
      practitionerId: of.practitionerId,
      patientId,
      bookedById: marc.userId,
      motiveId: of.motiveId,
      locationId: of.locationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    },
  });
  return row.id;
}

const inHours = (hours: number) =>
  new Date(Math.ceil(Date.now() / 1_800_000) * 1_800_000 + hours * 3_600_000);
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const cancelAs = (account: TestAccount, id: string) =>
  cancel(testRequest(`/api/v1/appointments/${id}/cancel`, { account }), params(id));
const rescheduleAs = (
  account: TestAccount,
  id: string,
  startsAt: Date,
  headers: Record<string, string> = {},
) =>
  reschedule(
    testRequest(`/api/v1/appointments/${id}/reschedule`, {
      account,
      body: { startsAt: startsAt.toISOString() },
      headers,
    }),
    params(id),
  );
// The status and the code: a 409 for the wrong reason must not pass for the right one.
async function expectError(answer: Promise<Response>, status: number, code: string) {
  const response = await answer;
  expect({ status: response.status, code: (await response.json()).error?.code }).toEqual({
    status,
    code,
  });
}
const statusOf = async (id: string) =>
  (await prisma.appointment.findUniqueOrThrow({ where: { id } })).status;
const icsOf = async (dedupeKey: string) => {
  const mail = await prisma.outboxMail.findUniqueOrThrow({ where: { dedupeKey } });
  return Buffer.from((mail.attachments as { content: string }[])[0].content, "base64").toString();
};

describe("cancelling", () => {
  it("cancels before the deadline, frees the slot and queues a CANCEL invitation", async () => {
    const id = await appointmentAt(localSlot(5, 9 * 60));
    const response = await cancelAs(marc, id);
    expect(response.status).toBe(200);
    expect(appointmentResponseSchema.parse(await response.json()).appointment.status).toBe(
      "CANCELLED",
    );
    expect(await prisma.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELLED",
      cancelledById: marc.userId,
    });
    const ics = await icsOf(`appointment-cancellation:${id}`);
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain(`UID:${id}@praxis`);
    expect(ics).toContain("SEQUENCE:1");
    // The slot can be booked again.
    await expect(appointmentAt(localSlot(5, 9 * 60))).resolves.toBeTruthy();
    await expectError(cancelAs(marc, id), 409, "CONFLICT");
  });

  it("refuses inside the practitioner's deadline, which each practitioner sets", async () => {
    const strict = await appointmentAt(inHours(10));
    const response = await cancelAs(marc, strict);
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe("CANCELLATION_TOO_LATE");
    expect(await statusOf(strict)).toBe("BOOKED");
    const lenient = await appointmentAt(inHours(10), lenientPractice);
    expect((await cancelAs(marc, lenient)).status).toBe(200);
  });

  it("answers 404 for another account's appointment and leaves it alone", async () => {
    const id = await appointmentAt(localSlot(6, 9 * 60));
    await expectError(cancelAs(nina, id), 404, "NOT_FOUND");
    await expectError(cancelAs(nina, "not-a-uuid"), 404, "NOT_FOUND");
    expect(await statusOf(id)).toBe("BOOKED");
  });
});

describe("rescheduling", () => {
  const bookedFor = (patientId: string) =>
    prisma.appointment.findMany({
      where: { patientId, status: "BOOKED", startsAt: { gt: new Date() } },
    });

  it("answers a retry with the same Idempotency-Key as the move it repeats", async () => {
    const old = await appointmentAt(localSlot(9, 9 * 60));
    const key = { "Idempotency-Key": "move-retried-1" };
    const first = await rescheduleAs(marc, old, localSlot(9, 15 * 60), key);
    expect(first.status).toBe(201);
    const retry = await rescheduleAs(marc, old, localSlot(9, 15 * 60), key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await retry.json()).toEqual(await first.json());
    expect(await prisma.appointment.count({ where: { rescheduledFromId: old } })).toBe(1);
    // The same key for another slot is refused; without a key the move is simply over.
    const other = await rescheduleAs(marc, old, localSlot(9, 16 * 60), key);
    expect(other.status).toBe(422);
    expect((await other.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    await expectError(rescheduleAs(marc, old, localSlot(9, 15 * 60)), 409, "CONFLICT");
  });

  it("gives parallel retries of one move the same answer and a single new appointment", async () => {
    const old = await appointmentAt(localSlot(10, 9 * 60));
    const key = { "Idempotency-Key": "move-raced-1" };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => rescheduleAs(marc, old, localSlot(10, 15 * 60), key)),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(new Set(bodies.map((body) => body.appointment.id)).size).toBe(1);
    expect(await prisma.appointment.count({ where: { rescheduledFromId: old } })).toBe(1);
  });

  it("books the new slot and cancels the old one together, keeping the calendar event", async () => {
    const { relativeId } = marc;
    const old = await appointmentAt(localSlot(7, 9 * 60), practice, relativeId);
    const response = await rescheduleAs(marc, old, localSlot(8, 14 * 60));
    expect(response.status).toBe(201);
    const { appointment } = await response.json();
    expect(appointment).toMatchObject({
      rescheduledFromId: old,
      startsAt: localSlot(8, 840).toISOString(),
    });
    expect(await statusOf(old)).toBe("CANCELLED");
    expect((await bookedFor(relativeId)).map((row) => row.id)).toEqual([appointment.id]);
    const ics = await icsOf(`appointment-reschedule:${appointment.id}`);
    expect(ics).toContain(`UID:${old}@praxis`);
    expect(ics).toContain("SEQUENCE:1");
    expect(ics).toContain("METHOD:REQUEST");
  });

  it("keeps the old appointment when the new slot is taken meanwhile (409 with other slots)", async () => {
    const old = await appointmentAt(localSlot(9, 9 * 60), practice, marc.relativeId);
    const target = localSlot(9, 16 * 60);
    state.afterSlotCheck = async () => {
      await appointmentAt(target, practice, nina.selfId);
    };
    const response = await rescheduleAs(marc, old, target);
    expect(response.status).toBe(409);
    const { error } = await response.json();
    expect(error.code).toBe("SLOT_TAKEN");
    expect(error.nextSlots.length).toBeGreaterThan(0);
    expect(await statusOf(old)).toBe("BOOKED");
    expect(await prisma.appointment.count({ where: { rescheduledFromId: old } })).toBe(0);
  });

  it("keeps the old appointment when anything in the transaction fails", async () => {
    const old = await appointmentAt(localSlot(11, 9 * 60), practice, marc.relativeId);
    state.failRescheduleMail = true;
    const response = await rescheduleAs(marc, old, localSlot(11, 15 * 60));
    expect(response.status).toBe(500);
    expect(await statusOf(old)).toBe("BOOKED");
    expect(await prisma.appointment.count({ where: { rescheduledFromId: old } })).toBe(0);
  });

  it("refuses a start the engine does not offer, inside the deadline, or someone else's", async () => {
    const old = await appointmentAt(localSlot(12, 9 * 60));
    await expectError(rescheduleAs(marc, old, localSlot(12, 9 * 60 + 10)), 422, "SLOT_UNAVAILABLE");
    await expectError(rescheduleAs(nina, old, localSlot(12, 15 * 60)), 404, "NOT_FOUND");
    const soon = await appointmentAt(inHours(5));
    await expectError(
      rescheduleAs(marc, soon, localSlot(12, 16 * 60)),
      409,
      "CANCELLATION_TOO_LATE",
    );
    expect(await statusOf(old)).toBe("BOOKED");
    expect(await statusOf(soon)).toBe("BOOKED");
  });
});

describe("GET /api/v1/me/appointments", () => {
  it("lists the account's appointments only, upcoming soonest first", async () => {
    // Rows of its own, so that no check below runs over an empty list.
    const ninas = await appointmentAt(localSlot(13, 9 * 60), practice, nina.selfId);
    const marcs = [
      await appointmentAt(localSlot(14, 11 * 60)),
      await appointmentAt(localSlot(13, 10 * 60), practice, marc.relativeId),
      await appointmentAt(localSlot(14, 9 * 60)),
    ];
    const response = await listMine(
      testRequest("/api/v1/me/appointments", { account: nina, method: "GET" }),
    );
    expect(response.status).toBe(200);
    const { upcoming, past } = myAppointmentsResponseSchema.parse(await response.json());
    const listed = [...upcoming, ...past];
    expect(listed.map((item) => item.id)).toContain(ninas);
    expect(new Set(listed.map((item) => item.patient.id))).toEqual(new Set([nina.selfId]));
    const mine = await listMine(
      testRequest("/api/v1/me/appointments", { account: marc, method: "GET" }),
    );
    const { upcoming: marcUpcoming } = myAppointmentsResponseSchema.parse(await mine.json());
    expect(marcUpcoming.map((item) => item.id)).toEqual(expect.arrayContaining(marcs));
    const starts = marcUpcoming.map((item) => item.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(marcUpcoming.map((item) => item.patient.id))).toEqual(
      new Set([marc.selfId, marc.relativeId]),
    );
  });
});
