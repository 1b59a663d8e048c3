import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as bookOnline } from "@/app/api/v1/appointments/route";
import { GET as listMine } from "@/app/api/v1/me/appointments/route";
import { POST as cancel } from "@/app/api/v1/practitioner/appointments/[id]/cancel/route";
import { POST as move } from "@/app/api/v1/practitioner/appointments/[id]/move/route";
import { POST as setStatus } from "@/app/api/v1/practitioner/appointments/[id]/status/route";
import { POST as bookByPractice } from "@/app/api/v1/practitioner/appointments/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import {
  createTestDatabase,
  realServerTests,
  type TestDatabase,
} from "@/scripts/testing/test-database";
import { myAppointmentsResponseSchema, slotTakenResponseSchema } from "../api/appointment-schemas";
import { installStaffSession, installTestSession, testRequest } from "../testing/api-harness";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "../testing/booking-fixtures";
import { practiceAppointmentResponseSchema } from "./api/practice-schemas";
import { getAppointmentPanel } from "./get-appointment-panel";

// The practice's actions on its agenda through the API, on PostgreSQL: scoping to its own
// appointments and patients, the same database guarantees as patient booking, the mails,
// the access log, and nothing changed after any refusal.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () => import("../testing/api-harness").then((m) => m.sessionModule));

type Staff = { id: string; userId: string; email: string; role: "PRACTITIONER" | "SECRETARY" };

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: BookablePractice;
let otherPractice: BookablePractice;
let doctor: Staff;
let otherDoctor: Staff;
let viewer: Staff;
let manager: Staff;
let marc: TestAccount;
let nina: TestAccount;
let patients: TestAccount[];

async function staffMember(
  role: Staff["role"],
  label: string,
  practitionerId: string,
  level?: "VIEW" | "MANAGE",
) {
  const email = `${label}@praxis.test`;
  const user = await prisma.user.create({ data: { email, name: `Staff ${label}`, role } });
  if (role === "PRACTITIONER") {
    await prisma.practitioner.update({ where: { id: practitionerId }, data: { userId: user.id } });
  } else {
    await prisma.calendarGrant.create({ data: { practitionerId, userId: user.id, level: level! } });
  }
  return { id: user.id, userId: user.id, email, role };
}

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  prisma = createPrismaClient(testDatabase.url, 8);
  state.client = prisma;
  practice = await createBookablePractice(prisma);
  otherPractice = await createBookablePractice(prisma);
  doctor = await staffMember("PRACTITIONER", "doctor", practice.practitionerId);
  otherDoctor = await staffMember("PRACTITIONER", "other-doctor", otherPractice.practitionerId);
  viewer = await staffMember("SECRETARY", "viewer", practice.practitionerId, "VIEW");
  manager = await staffMember("SECRETARY", "manager", practice.practitionerId, "MANAGE");
  installStaffSession([doctor, otherDoctor, viewer, manager]);
  marc = await createAccount(prisma, "marc");
  nina = await createAccount(prisma, "nina");
  patients = await Promise.all(
    Array.from({ length: 20 }, (_, i) => createAccount(prisma, `online-${i}`)),
  );
  installTestSession([marc, nina, ...patients]);
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

async function appointmentAt(startsAt: Date, of = practice, patientId = marc.selfId) {
  const row = await prisma.appointment.create({
    data: {
      practitionerId: of.practitionerId,
      patientId,
      bookedById: marc.userId,
      motiveId: of.motiveId,
      locationId: of.locationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      blockedUntil: new Date(startsAt.getTime() + 30 * 60_000),
    },
  });
  return row.id;
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (
  path: string,
  account: { userId: string },
  body: unknown,
  headers: Record<string, string> = {},
) => testRequest(path, { account, body, headers });
const statusAs = (who: { userId: string }, id: string, body: unknown) =>
  setStatus(post(`/api/v1/practitioner/appointments/${id}/status`, who, body), params(id));
const moveAs = (
  who: { userId: string },
  id: string,
  startsAt: Date,
  headers: Record<string, string> = {},
) =>
  move(
    post(
      `/api/v1/practitioner/appointments/${id}/move`,
      who,
      { startsAt: startsAt.toISOString() },
      headers,
    ),
    params(id),
  );
const cancelAs = (who: { userId: string }, id: string, body: unknown = {}) =>
  cancel(post(`/api/v1/practitioner/appointments/${id}/cancel`, who, body), params(id));
let keys = 0;
const bookAs = (who: { userId: string }, body: unknown, key = `practice-key-${++keys}`) =>
  bookByPractice(post("/api/v1/practitioner/appointments", who, body, { "Idempotency-Key": key }));

async function expectError(answer: Promise<Response>, status: number, code: string) {
  const response = await answer;
  const body = await response.json();
  expect({ status: response.status, code: body.error?.code }).toEqual({ status, code });
  return body;
}
const rowOf = (id: string) => prisma.appointment.findUniqueOrThrow({ where: { id } });
const snapshot = async () => ({
  appointments: await prisma.appointment.count(),
  booked: await prisma.appointment.count({ where: { status: "BOOKED" } }),
  patients: await prisma.patient.count(),
  mails: await prisma.outboxMail.count(),
  log: await prisma.accessLogEntry.count(),
});

describe("reaching an appointment", () => {
  it("answers 404 for another practitioner's appointment or a malformed id, and changes nothing", async () => {
    const id = await appointmentAt(localSlot(3, 9 * 60));
    const before = await snapshot();
    await expectError(statusAs(otherDoctor, id, { status: "NO_SHOW" }), 404, "NOT_FOUND");
    await expectError(moveAs(otherDoctor, id, localSlot(3, 10 * 60)), 404, "NOT_FOUND");
    await expectError(cancelAs(otherDoctor, id), 404, "NOT_FOUND");
    await expectError(cancelAs(doctor, "not-a-uuid"), 404, "NOT_FOUND");
    await expect(getAppointmentPanel(otherDoctor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A patient account is not staff: the route says the page does not exist.
    expect((await cancelAs(marc, id)).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("lets a secretary with VIEW read the panel but not act (403)", async () => {
    const id = await appointmentAt(localSlot(0, 8 * 60));
    const panel = await getAppointmentPanel(viewer, id);
    expect(panel.actions).toEqual({
      canManage: false,
      statuses: [],
      canMove: false,
      canCancel: false,
    });
    const before = await snapshot();
    await expectError(statusAs(viewer, id, { status: "ARRIVED" }), 403, "FORBIDDEN");
    await expectError(cancelAs(viewer, id), 403, "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    expect((await statusAs(manager, id, { status: "ARRIVED" })).status).toBe(200);
  });
});

describe("the panel", () => {
  it("logs the appointment and the history reads, and shows history with this practitioner only", async () => {
    const id = await appointmentAt(localSlot(4, 9 * 60));
    const past = await appointmentAt(localSlot(-3, 9 * 60));
    const elsewhere = await appointmentAt(localSlot(4, 9 * 60), otherPractice);
    const panel = await getAppointmentPanel(doctor, id);
    const ids = panel.history.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([id, past]));
    expect(ids).not.toContain(elsewhere);
    expect(panel.patient).toMatchObject({ firstName: "Marc", email: marc.email, hasAccount: true });
    expect(panel.bookedBy).toBe("PATIENT");
    const entries = await prisma.accessLogEntry.findMany({
      where: { actorId: doctor.userId, patientId: marc.selfId },
      select: { action: true, resourceId: true },
    });
    expect(entries).toEqual(
      expect.arrayContaining([
        { action: "VIEW_APPOINTMENT", resourceId: id },
        { action: "VIEW_PATIENT_HISTORY", resourceId: marc.selfId },
      ]),
    );
  });
});

describe("status marks", () => {
  it("walks arrived → seen, records who and when, undoes the same day, and logs each write", async () => {
    const id = await appointmentAt(localSlot(0, 9 * 60));
    const arrived = await statusAs(doctor, id, { status: "ARRIVED" });
    expect(arrived.status).toBe(200);
    expect(practiceAppointmentResponseSchema.parse(await arrived.json()).appointment.status).toBe(
      "ARRIVED",
    );
    expect(await rowOf(id)).toMatchObject({ status: "ARRIVED", statusChangedById: doctor.userId });
    expect((await statusAs(doctor, id, { status: "COMPLETED" })).status).toBe(200);
    expect((await rowOf(id)).statusChangedAt).toBeInstanceOf(Date);
    expect((await statusAs(doctor, id, { status: "BOOKED" })).status).toBe(200);
    expect((await rowOf(id)).status).toBe("BOOKED");
    expect((await statusAs(doctor, id, { status: "NO_SHOW", excused: true })).status).toBe(200);
    expect(await rowOf(id)).toMatchObject({ status: "NO_SHOW", noShowExcused: true });
    const writes = await prisma.accessLogEntry.count({
      where: { actorId: doctor.userId, resourceId: id, action: "UPDATE_APPOINTMENT" },
    });
    expect(writes).toBe(4);
  });

  it("refuses any mark on a cancelled appointment (409), a mark ahead of its day, and a bad status", async () => {
    const id = await appointmentAt(localSlot(0, 10 * 60));
    await prisma.appointment.update({
      where: { id },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelledById: marc.userId },
    });
    const future = await appointmentAt(localSlot(2, 10 * 60));
    const before = await snapshot();
    await expectError(statusAs(doctor, id, { status: "ARRIVED" }), 409, "CONFLICT");
    await expectError(statusAs(doctor, id, { status: "BOOKED" }), 409, "CONFLICT");
    await expectError(statusAs(doctor, future, { status: "ARRIVED" }), 409, "CONFLICT");
    await expectError(statusAs(doctor, future, { status: "CANCELLED" }), 422, "VALIDATION_FAILED");
    expect(await snapshot()).toEqual(before);
    expect((await rowOf(id)).statusChangedAt).toBeNull();
  });
});

describe("moving", () => {
  it("moves to a free time off the online grid, cancels the old one and mails the patient neutrally", async () => {
    const id = await appointmentAt(localSlot(5, 9 * 60));
    const target = localSlot(5, 15 * 60 + 7);
    const response = await moveAs(doctor, id, target, { "Idempotency-Key": "practice-move-1" });
    expect(response.status).toBe(201);
    const { appointment } = practiceAppointmentResponseSchema.parse(await response.json());
    expect(appointment.startsAt).toBe(target.toISOString());
    expect(await rowOf(id)).toMatchObject({ status: "CANCELLED", cancelledById: doctor.userId });
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-reschedule:${appointment.id}` },
    });
    expect(mail.recipient).toBe(marc.email);
    expect(mail.subject).not.toMatch(/insuffisance|cardi/i);
    expect(mail.textBody).not.toMatch(/insuffisance|cardi/i);
    const retry = await moveAs(doctor, id, target, { "Idempotency-Key": "practice-move-1" });
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await retry.json()).appointment.id).toBe(appointment.id);
  });

  it("answers 409 with the next free times when the time is taken, and changes nothing", async () => {
    const id = await appointmentAt(localSlot(6, 9 * 60));
    await appointmentAt(localSlot(6, 11 * 60), practice, nina.selfId);
    const before = await snapshot();
    const body = await expectError(
      moveAs(doctor, id, localSlot(6, 11 * 60 + 10)),
      409,
      "SLOT_TAKEN",
    );
    const { nextSlots } = slotTakenResponseSchema.parse(body).error;
    expect(nextSlots[0]?.startsAt).toBe(localSlot(6, 11 * 60 + 30).toISOString());
    expect(await snapshot()).toEqual(before);
    expect((await rowOf(id)).status).toBe("BOOKED");
  });

  it("refuses an absence or a time outside opening hours (422), and changes nothing", async () => {
    const id = await appointmentAt(localSlot(7, 9 * 60));
    await prisma.absence.create({
      data: {
        practitionerId: practice.practitionerId,
        startsAt: localSlot(7, 14 * 60),
        endsAt: localSlot(7, 16 * 60),
      },
    });
    const before = await snapshot();
    await expectError(moveAs(doctor, id, localSlot(7, 14 * 60 + 30)), 422, "SLOT_UNAVAILABLE");
    await expectError(moveAs(doctor, id, localSlot(7, 19 * 60 + 45)), 422, "SLOT_UNAVAILABLE");
    await expectError(moveAs(doctor, id, localSlot(7, 6 * 60)), 422, "SLOT_UNAVAILABLE");
    await expectError(moveAs(doctor, id, localSlot(-2, 9 * 60)), 422, "SLOT_UNAVAILABLE");
    expect(await snapshot()).toEqual(before);
  });
});

describe("cancelling", () => {
  it("cancels with a message kept as text and escaped in the mail; the patient sees the practice cancelled", async () => {
    const id = await appointmentAt(localSlot(8, 9 * 60));
    const message = `Le docteur est malade <script>alert("x")</script> & désolé`;
    const response = await cancelAs(doctor, id, { message });
    expect(response.status).toBe(200);
    expect(await rowOf(id)).toMatchObject({ status: "CANCELLED", cancelledById: doctor.userId });
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-cancellation:${id}` },
    });
    expect(mail.textBody).toContain(message);
    expect(mail.htmlBody).not.toContain("<script>");
    expect(mail.htmlBody).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; désolé",
    );
    expect(mail.subject).not.toContain("malade");
    expect(mail.subject).not.toMatch(/insuffisance|cardi/i);
    const mine = myAppointmentsResponseSchema.parse(
      await (
        await listMine(testRequest("/api/v1/me/appointments", { account: marc, method: "GET" }))
      ).json(),
    );
    expect(mine.past.find((appointment) => appointment.id === id)?.cancelledByPractice).toBe(true);
  });

  it("refuses an overlong message and a second cancellation, changing nothing", async () => {
    const id = await appointmentAt(localSlot(8, 11 * 60));
    const before = await snapshot();
    await expectError(cancelAs(doctor, id, { message: "x".repeat(501) }), 422, "VALIDATION_FAILED");
    expect(await snapshot()).toEqual(before);
    expect((await cancelAs(doctor, id)).status).toBe(200);
    const after = await snapshot();
    await expectError(cancelAs(doctor, id), 409, "CONFLICT");
    expect(await snapshot()).toEqual(after);
  });
});

describe("booking by the practice", () => {
  it("books an own patient at any free time and sends the confirmation; replays a retry", async () => {
    const startsAt = localSlot(9, 10 * 60 + 5);
    const body = {
      startsAt: startsAt.toISOString(),
      motiveId: practice.motiveId,
      patientId: marc.selfId,
    };
    const first = await bookAs(doctor, body, "practice-book-own");
    expect(first.status).toBe(201);
    const { appointment } = practiceAppointmentResponseSchema.parse(await first.json());
    expect(appointment).toMatchObject({
      practiceId: practice.locationId,
      patient: { id: marc.selfId },
    });
    expect(await rowOf(appointment.id)).toMatchObject({
      bookedById: doctor.userId,
      status: "BOOKED",
    });
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-confirmation:${appointment.id}` },
    });
    expect(mail.recipient).toBe(marc.email);
    const retry = await bookAs(doctor, body, "practice-book-own");
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await prisma.appointment.count({ where: { startsAt } })).toBe(1);
  });

  it("creates a patient record without an account, names stored as typed and escaped in the mail", async () => {
    const startsAt = localSlot(9, 16 * 60);
    const newPatient = {
      firstName: "<b>Zoé</b>",
      lastName: "O'Brien & Fils",
      birthDate: "1990-04-02",
      phone: "06 12 34 56 78",
      email: "zoe@praxis.test",
    };
    const response = await bookAs(manager, {
      startsAt: startsAt.toISOString(),
      motiveId: practice.motiveId,
      newPatient,
    });
    expect(response.status).toBe(201);
    const { appointment } = practiceAppointmentResponseSchema.parse(await response.json());
    const patient = await prisma.patient.findUniqueOrThrow({
      where: { id: appointment.patient.id },
    });
    expect(patient).toMatchObject({
      firstName: "<b>Zoé</b>",
      ownerId: null,
      createdByPractitionerId: practice.practitionerId,
      email: "zoe@praxis.test",
      phone: "06 12 34 56 78",
    });
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-confirmation:${appointment.id}` },
    });
    expect(mail.recipient).toBe("zoe@praxis.test");
    expect(mail.htmlBody).not.toContain("<b>");
    // Without an account there is no area to link to: the practice is the way.
    expect(mail.htmlBody).not.toContain("/espace-patient");
    // The new record is now one of the practice's own patients, and only of this one.
    const again = {
      startsAt: localSlot(10, 9 * 60).toISOString(),
      motiveId: practice.motiveId,
      patientId: patient.id,
    };
    expect((await bookAs(doctor, again)).status).toBe(201);
    const foreign = {
      ...again,
      startsAt: localSlot(10, 10 * 60).toISOString(),
      motiveId: otherPractice.motiveId,
    };
    await expectError(bookAs(otherDoctor, foreign), 404, "NOT_FOUND");
  });

  it("refuses another practice's patient (404), an unknown motive (422) and bad input, changing nothing", async () => {
    const startsAt = localSlot(11, 9 * 60).toISOString();
    // A patient of another practice, and a relative who never came: neither is this practice's.
    const stranger = await createAccount(prisma, "stranger");
    await appointmentAt(localSlot(11, 9 * 60), otherPractice, stranger.selfId);
    const before = await snapshot();
    await expectError(
      bookAs(doctor, { startsAt, motiveId: practice.motiveId, patientId: stranger.selfId }),
      404,
      "NOT_FOUND",
    );
    await expectError(
      bookAs(doctor, { startsAt, motiveId: practice.motiveId, patientId: marc.relativeId }),
      404,
      "NOT_FOUND",
    );
    const unknown = await expectError(
      bookAs(doctor, { startsAt, motiveId: otherPractice.motiveId, patientId: marc.selfId }),
      422,
      "VALIDATION_FAILED",
    );
    expect(Object.keys(unknown.error.fields)).toEqual(["motiveId"]);
    await expectError(
      bookAs(doctor, {
        startsAt,
        motiveId: practice.motiveId,
        newPatient: { firstName: " ", lastName: "Durand" },
      }),
      422,
      "VALIDATION_FAILED",
    );
    await expectError(
      bookAs(doctor, {
        startsAt,
        motiveId: practice.motiveId,
        patientId: marc.selfId,
        practiceId: otherPractice.locationId,
      }),
      404,
      "NOT_FOUND",
    );
    await expectError(
      bookAs(doctor, {
        startsAt: localSlot(11, 21 * 60).toISOString(),
        motiveId: practice.motiveId,
        patientId: marc.selfId,
      }),
      422,
      "SLOT_UNAVAILABLE",
    );
    await expectError(
      bookAs(viewer, { startsAt, motiveId: practice.motiveId, patientId: marc.selfId }),
      403,
      "FORBIDDEN",
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe.skipIf(!realServerTests.run)("a race between patients online and the practice", () => {
  it("leaves exactly one appointment when 20 patients and the practice book the same time", async () => {
    const startsAt = localSlot(12, 10 * 60);
    const online = patients.map((patient, i) =>
      bookOnline(
        testRequest("/api/v1/appointments", {
          account: patient,
          body: {
            practitionerId: practice.practitionerId,
            motiveId: practice.motiveId,
            patientId: patient.selfId,
            startsAt: startsAt.toISOString(),
          },
          headers: { "Idempotency-Key": `online-race-${i}` },
        }),
      ),
    );
    const byPractice = bookAs(doctor, {
      startsAt: startsAt.toISOString(),
      motiveId: practice.motiveId,
      patientId: marc.selfId,
    });
    const statuses = (await Promise.all([...online, byPractice])).map(
      (response) => response.status,
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(20);
    const overlapping = await prisma.appointment.count({
      where: { practitionerId: practice.practitionerId, status: "BOOKED", startsAt },
    });
    expect(overlapping).toBe(1);
  });
});
