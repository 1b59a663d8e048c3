import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import {
  createPatientAccount,
  createPractice,
  type Practice,
} from "@/lib/patients/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

let database: TestDatabase;
let prisma: PrismaClient;
let practice: Practice;
let recordAccess: typeof import("./record-access").recordAccess;
let listMyAccessLog: typeof import("./list-access-log").listMyAccessLog;
let PAGE_SIZE: number;
let holder: { userId: string; patientIds: string[] };
let stranger: { userId: string; patientIds: string[] };

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  ({ recordAccess } = await import("./record-access"));
  ({ listMyAccessLog, ACCESS_LOG_PAGE_SIZE: PAGE_SIZE } = await import("./list-access-log"));
  practice = await createPractice(prisma);
  const person = { lastName: "Durand", birthDate: "1990-01-01" } as const;
  holder = await createPatientAccount(prisma, {
    email: "holder@praxis.test",
    password: "x",
    people: [
      { ...person, relationship: "SELF", firstName: "Camille" },
      { ...person, relationship: "CHILD", firstName: "Léo" },
    ],
  });
  stranger = await createPatientAccount(prisma, {
    email: "stranger@praxis.test",
    password: "x",
    people: [{ ...person, relationship: "SELF", firstName: "Inconnu" }],
  });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

const read = (patientId: string, action: "VIEW_PROFILE" | "LIST_APPOINTMENTS") => ({
  actorId: practice.staffUserId,
  patientId,
  practitionerId: practice.practitionerId,
  action,
  resourceType: "patient" as const,
  resourceId: patientId,
});

describe("recordAccess", () => {
  it("writes in the caller's transaction, so a rolled-back read leaves no entry", async () => {
    let written = 0;
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAccess(tx, read(holder.patientIds[0], "VIEW_PROFILE"));
        // The entry is there inside the transaction, so only the rollback can remove it.
        written = await tx.accessLogEntry.count();
        throw new Error("the read failed");
      }),
    ).rejects.toThrow("the read failed");
    expect(written).toBe(1);
    expect(await prisma.accessLogEntry.count()).toBe(0);
  });

  it("refuses an entry that does not say who read what", async () => {
    // Refused by validation, for the field at fault: not by whatever else might throw.
    const refusalOf = (path: string) =>
      expect.objectContaining({
        name: "ZodError",
        issues: [expect.objectContaining({ path: [path] })],
      });
    await expect(
      recordAccess(prisma, { ...read(holder.patientIds[0], "VIEW_PROFILE"), actorId: "someone" }),
    ).rejects.toEqual(refusalOf("actorId"));
    await expect(
      recordAccess(prisma, {
        ...read(holder.patientIds[0], "VIEW_PROFILE"),
        resourceType: "billing" as "patient",
      }),
    ).rejects.toEqual(refusalOf("resourceType"));
    expect(await prisma.accessLogEntry.count()).toBe(0);
  });
});

describe("listMyAccessLog", () => {
  it("shows staff reads of the holder and their relatives, newest first, page by page", async () => {
    const total = PAGE_SIZE + 5;
    for (let i = 0; i < total; i++) {
      await recordAccess(
        prisma,
        read(holder.patientIds[i % 2], i % 2 ? "LIST_APPOINTMENTS" : "VIEW_PROFILE"),
      );
    }
    await recordAccess(prisma, read(stranger.patientIds[0], "VIEW_PROFILE"));
    const actor = { id: holder.userId, role: "PATIENT" as const };

    const first = await listMyAccessLog(actor, 1);
    const second = await listMyAccessLog(actor, 2);

    expect(first).toMatchObject({ page: 1, pageCount: 2, total });
    expect(first.entries).toHaveLength(PAGE_SIZE);
    expect(second.entries).toHaveLength(5);
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((entry) => entry.id)).size).toBe(total);
    const ids = all.map((entry) => BigInt(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(all.some((entry) => entry.person === "Inconnu Durand")).toBe(false);
    expect(first.entries[0]).toMatchObject({
      person: "Camille Durand",
      action: "VIEW_PROFILE",
      actor: { role: "PRACTITIONER" },
      practitioner: { name: "Dr Claire Martin", practices: ["Cabinet de la Roquette, Paris"] },
    });
  });

  it("shows an empty last page rather than failing past the end", async () => {
    const actor = { id: holder.userId, role: "PATIENT" as const };
    expect((await listMyAccessLog(actor, 99)).entries).toEqual([]);
  });

  it("is the holder's only: staff and strangers see nothing of it", async () => {
    const strangerLog = await listMyAccessLog({ id: stranger.userId, role: "PATIENT" }, 1);
    expect(strangerLog.total).toBe(1);
    await expect(
      listMyAccessLog({ id: practice.staffUserId, role: "PRACTITIONER" }, 1),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMyAccessLog({ id: randomUUID(), role: "PATIENT" }, 1)).total).toBe(0);
  });
});
