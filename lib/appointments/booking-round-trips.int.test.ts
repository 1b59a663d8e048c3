import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as book } from "@/app/api/v1/appointments/route";
import { findSession } from "@/lib/auth/queries";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { installTestSession, testRequest } from "./testing/api-harness";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "./testing/booking-fixtures";

// Booking speed under load is mostly round trips to the database: this pins how many a
// booking takes, counted on the driver's connections, under every Prisma call. A signed-in
// booking is three: the session (one), context, idempotency key and calendar (one), the
// appointment with its mail (one). It was seven: four for the session, three for booking.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () => import("./testing/api-harness").then((m) => m.sessionModule));

let testDatabase: TestDatabase;
let pool: pg.Pool;
let prisma: PrismaClient;
let practice: BookablePractice;
let marc: TestAccount;
const statements: string[] = [];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  pool = new pg.Pool({ connectionString: testDatabase.url, max: 4 });
  // Every statement, in a transaction or not, goes through one of the pool's connections.
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [config] = args as [string | { text: string }];
      statements.push(typeof config === "string" ? config : config.text);
      return query(...args);
    }) as typeof client.query;
  });
  prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  state.client = prisma;
  practice = await createBookablePractice(prisma);
  marc = await createAccount(prisma, "marc");
  installTestSession([marc]);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await pool?.end();
  await testDatabase?.drop();
});

beforeEach(() => {
  statements.length = 0;
});

const post = (startsAt: Date, key: string) =>
  book(
    testRequest("/api/v1/appointments", {
      account: marc,
      headers: { "Idempotency-Key": key },
      body: {
        practitionerId: practice.practitionerId,
        motiveId: practice.motiveId,
        patientId: marc.selfId,
        startsAt: startsAt.toISOString(),
      },
    }),
  );

describe("SQL round trips", () => {
  it("books in two statements: context and checks, then the appointment with its mail", async () => {
    const response = await post(localSlot(3, 10 * 60), "round-trips-1");
    expect(response.status).toBe(201);
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/FROM practitioners p/);
    expect(statements[1]).toMatch(/INSERT INTO appointments/);
  });

  it("answers a retry with the same key in one statement", async () => {
    const startsAt = localSlot(3, 11 * 60);
    expect((await post(startsAt, "round-trips-2")).status).toBe(201);
    statements.length = 0;
    const retry = await post(startsAt, "round-trips-2");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(statements).toHaveLength(1);
  });

  it("reads a session (user, own patient profile, practitioner) in one statement", async () => {
    const session = await prisma.session.create({
      data: {
        sessionToken: "round-trips-session",
        userId: marc.userId,
        expires: new Date(Date.now() + 3_600_000),
      },
    });
    statements.length = 0;
    const record = await findSession(session.sessionToken);
    expect(record?.user.id).toBe(marc.userId);
    expect(statements).toHaveLength(1);
  });
});
