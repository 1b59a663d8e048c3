import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as book } from "@/app/api/v1/appointments/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import {
  createTestDatabase,
  realServerTests,
  type TestDatabase,
} from "@/scripts/testing/test-database";
import { installTestSession, serveRouteHandlers, testUserHeader } from "./testing/api-harness";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "./testing/booking-fixtures";

const CLIENTS = 50;

// The proof under load: 50 clients book the same slot at once through real HTTP. Exactly
// one wins; the exclusion constraint, not a check in the code, stops the 49 others.
// Embedded PGlite runs one transaction at a time, so only a real server can show this: the
// suite skips without one (a skip scripts/testing/declared-skips.ts allows), and fails
// without one under CI.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () => import("./testing/api-harness").then((m) => m.sessionModule));

// Every request reads the calendar for the engine's check before any inserts: all 50 reach the database
// believing the slot free, so only the constraint can stop them.
const barrier = vi.hoisted(() => ({ waiting: 0, release: () => {}, opened: undefined as unknown }));
vi.mock("@/lib/availability/get-availability", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/availability/get-availability")>();
  const opened = new Promise<void>((resolve) => (barrier.release = resolve));
  return {
    ...original,
    async checkRequestedSlotAlong(...args: Parameters<typeof original.checkRequestedSlotAlong>) {
      const answer = await original.checkRequestedSlotAlong(...args);
      if (++barrier.waiting === CLIENTS) barrier.release();
      await opened;
      return answer;
    },
  };
});

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let practice: BookablePractice;
let accounts: TestAccount[];
let server: Awaited<ReturnType<typeof serveRouteHandlers>>;

describe.skipIf(!realServerTests.run)("50 clients booking one slot at once", () => {
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    expect(testDatabase.embedded, realServerTests.missingMessage).toBe(false);
    process.env.DATABASE_URL ??= testDatabase.url;
    prisma = createPrismaClient(testDatabase.url, 20);
    state.client = prisma;
    practice = await createBookablePractice(prisma);
    accounts = await Promise.all(
      Array.from({ length: CLIENTS }, (_, index) => createAccount(prisma, `client-${index}`)),
    );
    installTestSession(accounts);
    server = await serveRouteHandlers({ "/api/v1/appointments": book });
  });

  afterAll(async () => {
    await server?.close();
    await prisma?.$disconnect();
    await testDatabase?.drop();
  });

  it("gives exactly one 201 and 49 × 409 SLOT_TAKEN, and no overlapping rows", async () => {
    const startsAt = localSlot(2, 15 * 60);
    const responses = await Promise.all(
      accounts.map(async (account, index) => {
        const response = await fetch(`${server.url}/api/v1/appointments`, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "Idempotency-Key": `race-${index}-${Date.now()}`,
            ...testUserHeader(account),
          },
          body: JSON.stringify({
            practitionerId: practice.practitionerId,
            motiveId: practice.motiveId,
            patientId: account.selfId,
            startsAt: startsAt.toISOString(),
          }),
        });
        return { status: response.status, body: await response.json() };
      }),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(CLIENTS - 1);
    for (const { status, body } of responses) {
      if (status === 409) expect(body.error.code).toBe("SLOT_TAKEN");
    }

    const booked = await prisma.appointment.count({
      where: { practitionerId: practice.practitionerId, status: "BOOKED" },
    });
    expect(booked).toBe(1);
    const [{ overlaps }] = await prisma.$queryRaw<{ overlaps: bigint }[]>`
      SELECT count(*) AS overlaps FROM appointments a JOIN appointments b
        ON a.practitioner_id = b.practitioner_id AND a.id < b.id
       AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
       AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;
    expect(Number(overlaps)).toBe(0);
    expect(await prisma.outboxMail.count()).toBe(1);
    expect(barrier.waiting).toBe(CLIENTS);
  });
});
