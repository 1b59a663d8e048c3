import { randomBytes } from "node:crypto";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type BenchServer } from "@/bench/bench-server";
import { mintSessionCookie } from "@/bench/booking-server";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "@/lib/appointments/testing/booking-fixtures";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import fr from "@/messages/fr.json";
import { startTcpRelay, type TcpRelay } from "@/scripts/testing/tcp-relay";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// A production server whose database goes away and comes back (through a relay that closes
// its port and drops every connection): each request in between is answered, not crashed
// on: 503 with Retry-After from the API, the "momentarily unavailable" page, /healthz down,
// one log line per request and no stack; then the same booking retried gets its 201.

let database: TestDatabase;
let prisma: PrismaClient;
let relay: TcpRelay;
let server: BenchServer | undefined;
let practice: BookablePractice;
let account: TestAccount;
let cookie: string;
const serverLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  practice = await createBookablePractice(prisma);
  account = await createAccount(prisma, "outage");
  const target = new URL(database.url);
  relay = await startTcpRelay({ host: target.hostname, port: Number(target.port || 5432) });
  const relayed = new URL(database.url);
  relayed.host = `127.0.0.1:${relay.port}`;
  const authSecret = randomBytes(32).toString("hex");
  cookie = await mintSessionCookie(prisma, account.userId, authSecret);
  server = await startServer(
    relayed.toString(),
    () => undefined,
    authSecret,
    (line) => serverLines.push(line),
  );
}, 600_000);

afterAll(async () => {
  server?.stop();
  await relay?.close();
  await prisma?.$disconnect();
  await database?.drop();
});

function book(startsAt: Date, idempotencyKey: string): Promise<Response> {
  return fetch(`${server!.baseUrl}/api/v1/appointments`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Cookie: cookie,
      "Idempotency-Key": idempotencyKey,
    },
    body: JSON.stringify({
      practitionerId: practice.practitionerId,
      motiveId: practice.motiveId,
      patientId: account.selfId,
      startsAt: startsAt.toISOString(),
    }),
  });
}

describe("a database outage", () => {
  it("is answered with 503 and a friendly page, logged in one line each, and recovered from", async () => {
    expect((await book(localSlot(2, 600), `outage-before-${Date.now()}`)).status).toBe(201);
    const { slug } = await prisma.practitioner.findUniqueOrThrow({
      where: { id: practice.practitionerId },
      select: { slug: true },
    });

    await relay.cut();
    const linesBefore = serverLines.length;
    const retriedKey = `outage-retried-${Date.now()}`;
    const refused = await book(localSlot(2, 660), retriedKey);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect((await refused.json()).error.code).toBe("SERVICE_UNAVAILABLE");

    const health = await fetch(`${server!.baseUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: "down" });

    // The error page renders in the browser (Next marks the failed render by its digest).
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
    try {
      const page = await browser.newPage();
      await page.goto(`${server!.baseUrl}/praticiens/${slug}`);
      await page.getByRole("heading", { name: fr.globalError.unavailable.heading }).waitFor();
    } finally {
      await browser.close();
    }

    // Logs are written as the answers go out; give the last one a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const outageLines = serverLines.slice(linesBefore);
    expect(outageLines.filter((line) => /^\s+at /.test(line))).toEqual([]);
    expect(outageLines.join("\n")).not.toContain(String(relay.port));
    expect(outageLines, outageLines.join("\n")).toHaveLength(3);

    await relay.restore();
    const retried = await book(localSlot(2, 660), retriedKey);
    expect(retried.status).toBe(201);
    expect(
      await prisma.appointment.count({ where: { practitionerId: practice.practitionerId } }),
    ).toBe(2);
  });
});
