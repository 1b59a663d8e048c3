import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/me/route";
import { installTestSession, testRequest } from "@/lib/appointments/testing/api-harness";
import { createAccount, type TestAccount } from "@/lib/appointments/testing/booking-fixtures";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { meResponseSchema } from "./api/get-me.openapi";

// GET /api/v1/me through its route handler: the ids a client books with, only the account's.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () =>
  import("@/lib/appointments/testing/api-harness").then((m) => m.sessionModule),
);

let testDatabase: TestDatabase;
let prisma: PrismaClient;
let marc: TestAccount;
let nina: TestAccount;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  process.env.DATABASE_URL ??= testDatabase.url;
  prisma = createPrismaClient(testDatabase.url, 2);
  state.client = prisma;
  marc = await createAccount(prisma, "marc");
  nina = await createAccount(prisma, "nina");
  installTestSession([marc, nina]);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await testDatabase?.drop();
});

const get = (account: TestAccount | null) =>
  GET(testRequest("/api/v1/me", { account, method: "GET" }));

describe("GET /api/v1/me", () => {
  it("gives the holder and the relatives with their ids, and the account's language", async () => {
    const response = await get(marc);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^no-store(, no-transform)?$/);
    const me = meResponseSchema.parse(await response.json());
    expect(me).toEqual({
      id: marc.userId,
      email: marc.email,
      language: "fr",
      holder: {
        id: marc.selfId,
        relationship: "SELF",
        firstName: "Marc",
        lastName: "Durand",
        birthDate: null,
      },
      relatives: [
        {
          id: marc.relativeId,
          relationship: "CHILD",
          firstName: "Léa",
          lastName: "Durand",
          birthDate: null,
        },
      ],
    });
  });

  it("gives the language the account chose for its mails", async () => {
    await prisma.user.update({ where: { id: nina.userId }, data: { locale: "de" } });
    const me = meResponseSchema.parse(await (await get(nina)).json());
    expect(me.language).toBe("de");
  });

  it("shows nothing of another account", async () => {
    const me = meResponseSchema.parse(await (await get(nina)).json());
    expect(me.relatives.map((person) => person.id)).toEqual([nina.relativeId]);
    expect(JSON.stringify(me)).not.toContain(marc.relativeId);
  });

  it("answers 401 without a session", async () => {
    const response = await get(null);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
  });
});
