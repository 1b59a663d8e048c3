import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as book } from "@/app/api/v1/appointments/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { appointmentResponseSchema, slotTakenResponseSchema } from "./api/appointment-schemas";
import { installTestSession, testRequest } from "./testing/api-harness";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "./testing/booking-fixtures";

// POST /api/v1/appointments through its route handler, on a migrated database: bookings,
// idempotent retries, and every kind of bad input refused with a clear 4xx and no write.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () => import("./testing/api-harness").then((m) => m.sessionModule));

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: BookablePractice;
let otherPractice: BookablePractice;
let marc: TestAccount;
let nina: TestAccount;
let slug: string;
let otherSlug: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  prisma = createPrismaClient(testDatabase.url, 4);
  state.client = prisma;
  practice = await createBookablePractice(prisma);
  otherPractice = await createBookablePractice(prisma);
  marc = await createAccount(prisma, "marc");
  nina = await createAccount(prisma, "nina");
  installTestSession([marc, nina]);
  const slugOf = async (id: string) =>
    (await prisma.practitioner.findUniqueOrThrow({ where: { id } })).slug;
  slug = await slugOf(practice.practitionerId);
  otherSlug = await slugOf(otherPractice.practitionerId);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

const bookingBody = (overrides: Record<string, unknown> = {}) => ({
  practitionerId: practice.practitionerId,
  motiveId: practice.motiveId,
  patientId: marc.relativeId,
  startsAt: localSlot(3, 10 * 60).toISOString(),
  ...overrides,
});

const post = (account: TestAccount | null, body: unknown, headers: Record<string, string> = {}) =>
  book(testRequest("/api/v1/appointments", { account, body, headers }));

async function writes() {
  const [appointments, mails] = await Promise.all([
    prisma.appointment.count(),
    prisma.outboxMail.count(),
  ]);
  return { appointments, mails };
}

describe("POST /api/v1/appointments", () => {
  it("holds the practitioner's buffer after the appointment in the database", async () => {
    const where = { id: practice.practitionerId };
    const { bufferMinutes } = await prisma.practitioner.findUniqueOrThrow({ where });
    await prisma.practitioner.update({ where, data: { bufferMinutes: 10 } });
    try {
      const body = bookingBody({ startsAt: localSlot(4, 8 * 60).toISOString() });
      const response = await post(marc, body, { "Idempotency-Key": "buffered-booking-1" });
      expect(response.status).toBe(201);
      const { appointment } = appointmentResponseSchema.parse(await response.json());
      const row = await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
      expect(row.blockedUntil).toEqual(new Date(row.endsAt.getTime() + 10 * 60_000));
    } finally {
      await prisma.practitioner.update({ where, data: { bufferMinutes } });
    }
  });

  it("books for a relative, queues a neutral confirmation with its calendar file", async () => {
    const response = await post(marc, bookingBody(), { "Idempotency-Key": "first-booking-1" });
    expect(response.status).toBe(201);
    const { appointment } = appointmentResponseSchema.parse(await response.json());
    expect(appointment).toMatchObject({
      status: "BOOKED",
      startsAt: localSlot(3, 600).toISOString(),
      timeZone: "Europe/Paris",
      patient: { id: marc.relativeId, firstName: "Léa", isAccountHolder: false },
      location: { address: "12 boulevard Voltaire", postcode: "75011", city: "Paris" },
    });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(row).toMatchObject({
      bookedById: marc.userId,
      patientId: marc.relativeId,
      status: "BOOKED",
    });
    const mail = await prisma.outboxMail.findUniqueOrThrow({
      where: { dedupeKey: `appointment-confirmation:${appointment.id}` },
    });
    expect(mail.recipient).toBe(marc.email);
    expect(mail.subject).toMatch(/^Votre rendez-vous du \S+ \d+(er)? \S+ à 10 h$/);
    expect(`${mail.subject}\n${mail.textBody}`).not.toMatch(/cardio|insuffisance|Dr /i);
    const [attachment] = mail.attachments as { content: string }[];
    expect(Buffer.from(attachment.content, "base64").toString()).toContain(
      "SUMMARY:Rendez-vous médical",
    );
  });

  it("answers a retry with the same key and body with the first answer, booking nothing more", async () => {
    const body = bookingBody({ startsAt: localSlot(3, 11 * 60).toISOString() });
    const first = await post(marc, body, { "Idempotency-Key": "retry-key-0001" });
    const before = await writes();
    // Same request, other key order and time notation: still the same request.
    const { startsAt, ...rest } = body;
    const sameInstant = new Date(startsAt).toISOString().replace("Z", "+00:00");
    const retry = await post(
      marc,
      { startsAt: sameInstant, ...rest },
      { "Idempotency-Key": "retry-key-0001" },
    );
    expect(retry.status).toBe(first.status);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await retry.text()).toBe(JSON.stringify(await first.json()));
    expect(await writes()).toEqual(before);
  });

  it("gives parallel retries with one key the same answer and a single appointment", async () => {
    const body = bookingBody({ startsAt: localSlot(5, 11 * 60).toISOString() });
    const key = { "Idempotency-Key": "raced-key-0001" };
    const before = await writes();
    const responses = await Promise.all(Array.from({ length: 8 }, () => post(marc, body, key)));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(201));
    const texts = await Promise.all(responses.map((response) => response.text()));
    expect(new Set(texts).size).toBe(1);
    expect(await writes()).toEqual({
      appointments: before.appointments + 1,
      mails: before.mails + 1,
    });
  });

  it("refuses the same key with another body (422) but lets another account use it", async () => {
    const key = { "Idempotency-Key": "shared-key-0002" };
    expect(
      (await post(marc, bookingBody({ startsAt: localSlot(4, 9 * 60).toISOString() }), key)).status,
    ).toBe(201);
    const before = await writes();
    const reused = await post(
      marc,
      bookingBody({ startsAt: localSlot(4, 10 * 60).toISOString() }),
      key,
    );
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await writes()).toEqual(before);
    const other = await post(
      nina,
      bookingBody({ patientId: nina.selfId, startsAt: localSlot(4, 10 * 60).toISOString() }),
      key,
    );
    expect(other.status).toBe(201);
  });

  it("books by the practitioner's slug, as search results and profiles give it", async () => {
    const body = bookingBody({
      practitionerId: undefined,
      practitionerSlug: slug,
      startsAt: localSlot(4, 11 * 60).toISOString(),
    });
    const response = await post(marc, body, { "Idempotency-Key": "booked-by-slug-1" });
    expect(response.status).toBe(201);
    const { appointment } = appointmentResponseSchema.parse(await response.json());
    expect(appointment.practitioner).toMatchObject({ id: practice.practitionerId, slug });
  });

  it("answers 409 SLOT_TAKEN with the next free slots when the slot is booked", async () => {
    const startsAt = localSlot(3, 10 * 60).toISOString();
    const before = await writes();
    const response = await post(nina, bookingBody({ patientId: nina.selfId, startsAt }), {
      "Idempotency-Key": "taken-slot-0003",
    });
    expect(response.status).toBe(409);
    const { error } = slotTakenResponseSchema.parse(await response.json());
    expect(error.code).toBe("SLOT_TAKEN");
    expect(error.nextSlots.length).toBeGreaterThan(0);
    expect(error.nextSlots[0].startsAt > startsAt).toBe(true);
    expect(await writes()).toEqual(before);
  });

  describe("refuses bad input with a clear 4xx and writes nothing", () => {
    const key = { "Idempotency-Key": "bad-input-0004" };
    const json = { "Content-Type": "application/json" };
    const cases: [string, () => Promise<Response>, number, string][] = [
      ["no session", () => post(null, bookingBody(), key), 401, "UNAUTHENTICATED"],
      ["no Idempotency-Key", () => post(marc, bookingBody()), 400, "IDEMPOTENCY_KEY_INVALID"],
      [
        "a short key",
        () => post(marc, bookingBody(), { "Idempotency-Key": "short" }),
        400,
        "IDEMPOTENCY_KEY_INVALID",
      ],
      [
        "a key with spaces",
        () => post(marc, bookingBody(), { "Idempotency-Key": "has spaces in it" }),
        400,
        "IDEMPOTENCY_KEY_INVALID",
      ],
      [
        "a body that is not JSON",
        () =>
          book(
            testRequest("/api/v1/appointments", {
              account: marc,
              raw: "{nope",
              headers: { ...key, ...json },
            }),
          ),
        400,
        "BAD_REQUEST",
      ],
      [
        "a 1 MB body",
        () =>
          book(
            testRequest("/api/v1/appointments", {
              account: marc,
              raw: JSON.stringify({ pad: "x".repeat(1 << 20) }),
              headers: { ...key, ...json },
            }),
          ),
        413,
        "PAYLOAD_TOO_LARGE",
      ],
      [
        "a form body",
        () =>
          book(
            testRequest("/api/v1/appointments", {
              account: marc,
              raw: "a=b",
              headers: { ...key, "Content-Type": "application/x-www-form-urlencoded" },
            }),
          ),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
      ],
      [
        "an unknown field",
        () => post(marc, bookingBody({ campaign: "x" }), key),
        422,
        "VALIDATION_FAILED",
      ],
      [
        "a start without zone",
        () => post(marc, bookingBody({ startsAt: "2030-01-01T10:00:00" }), key),
        422,
        "VALIDATION_FAILED",
      ],
      [
        "neither a practitionerId nor a practitionerSlug",
        () => post(marc, bookingBody({ practitionerId: undefined }), key),
        422,
        "VALIDATION_FAILED",
      ],
      [
        "an id and a slug naming two practitioners",
        () => post(marc, bookingBody({ practitionerSlug: otherSlug }), key),
        422,
        "VALIDATION_FAILED",
      ],
      [
        "an unknown slug",
        () =>
          post(
            marc,
            bookingBody({ practitionerId: undefined, practitionerSlug: "dr-nobody" }),
            key,
          ),
        404,
        "NOT_FOUND",
      ],
      [
        "a relative of another account",
        () => post(marc, bookingBody({ patientId: nina.relativeId }), key),
        404,
        "NOT_FOUND",
      ],
      [
        "a motive of another practitioner",
        () => post(marc, bookingBody({ motiveId: otherPractice.motiveId }), key),
        404,
        "NOT_FOUND",
      ],
      [
        "a misaligned start",
        () => post(marc, bookingBody({ startsAt: localSlot(5, 10 * 60 + 10).toISOString() }), key),
        422,
        "SLOT_UNAVAILABLE",
      ],
      [
        "a start outside hours",
        () => post(marc, bookingBody({ startsAt: localSlot(5, 21 * 60).toISOString() }), key),
        422,
        "SLOT_UNAVAILABLE",
      ],
      [
        "a start in the past",
        () => post(marc, bookingBody({ startsAt: localSlot(-1, 10 * 60).toISOString() }), key),
        422,
        "SLOT_UNAVAILABLE",
      ],
      [
        "a start beyond the horizon",
        () => post(marc, bookingBody({ startsAt: localSlot(90, 10 * 60).toISOString() }), key),
        422,
        "SLOT_UNAVAILABLE",
      ],
      [
        "a start during an absence",
        () => post(marc, bookingBody({ startsAt: localSlot(10, 10 * 60).toISOString() }), key),
        422,
        "SLOT_UNAVAILABLE",
      ],
      [
        "a first-visit motive for a returning patient",
        () =>
          post(
            marc,
            bookingBody({ patientId: marc.selfId, motiveId: practice.firstVisitMotiveId }),
            key,
          ),
        422,
        "SLOT_UNAVAILABLE",
      ],
    ];

    beforeAll(async () => {
      await prisma.absence.create({
        data: {
          practitionerId: practice.practitionerId,
          startsAt: localSlot(10, 0),
          endsAt: localSlot(11, 0),
        },
      });
      // Marc was seen last week: no longer a new patient for this practitioner.
      await prisma.appointment.create({
        data: {
          practitionerId: practice.practitionerId,
          patientId: marc.selfId,
          motiveId: practice.motiveId,
          startsAt: localSlot(-7, 9 * 60),
          endsAt: localSlot(-7, 9 * 60 + 30),
          status: "COMPLETED",
        },
      });
    });

    it.each(cases)("%s", async (_label, send, status, code) => {
      const before = await writes();
      const response = await send();
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
      expect(await writes()).toEqual(before);
    });

    it("names the field at fault when the id and the slug disagree, or both are missing", async () => {
      const disagree = await post(marc, bookingBody({ practitionerSlug: otherSlug }), key);
      expect((await disagree.json()).error.fields).toHaveProperty("practitionerSlug");
      const neither = await post(marc, bookingBody({ practitionerId: undefined }), key);
      expect((await neither.json()).error.fields).toHaveProperty("practitionerId");
      const unknown = await post(
        marc,
        bookingBody({ practitionerId: undefined, practitionerSlug: "dr-nobody" }),
        key,
      );
      expect((await unknown.json()).error.message).toContain("practitionerSlug");
    });
  });
});
