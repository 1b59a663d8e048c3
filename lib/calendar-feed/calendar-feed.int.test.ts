import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as feedRoute } from "@/app/agenda/[file]/route";
import {
  DELETE as revokeRoute,
  POST as rotateRoute,
} from "@/app/api/v1/practitioner/calendar-feed/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import {
  createAppointment,
  createPatientAccount,
  createPractice,
  findValuesInDatabase,
  type Practice,
} from "@/lib/patients/testing/fixtures";
import { asUser, signInForTest } from "@/lib/practice-access/testing/staff-session";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// The private calendar feed through its route handlers, on a migrated database: exactly
// the non-cancelled appointments of the window, no patient name unless the initials were
// opted into, ETag and 304, dead URLs (rotated, revoked, malformed) answering 404, and a
// secretary's feed following their grants on every request.

const state = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () =>
  import("@/lib/practice-access/testing/staff-session").then((m) => m.sessionModule),
);

const DAY = 86_400_000;
let database: TestDatabase;
let prisma: PrismaClient;
let claire: Practice;
let other: Practice;
let secretaryId: string;
const expected = new Map<string, string>();

async function rotate(userId: string): Promise<Response> {
  const request = new Request("http://praxis.test/api/v1/practitioner/calendar-feed", {
    method: "POST",
    headers: asUser(userId),
  });
  return rotateRoute(request);
}

async function newFeedUrl(userId: string): Promise<string> {
  const response = await rotate(userId);
  expect(response.status).toBe(200);
  return ((await response.json()) as { url: string }).url;
}

function fetchFeed(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const file = decodeURIComponent(new URL(url).pathname.split("/").at(-1)!);
  return feedRoute(new Request(url, { headers }), { params: Promise.resolve({ file }) });
}

const unfold = (ics: string) => ics.replaceAll("\r\n ", "");
const uidsOf = (ics: string) =>
  [...unfold(ics).matchAll(/^UID:(.+)$/gm)].map((match) => match[1]!.split("@")[0]).sort();
const summariesOf = (ics: string) =>
  [...unfold(ics).matchAll(/^SUMMARY:(.+)$/gm)].map((match) => match[1]);

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL = "https://praxis.example";
  prisma = createPrismaClient(database.url, 2);
  state.client = prisma;
  claire = await createPractice(prisma);
  other = await createPractice(prisma, {
    firstName: "Julien",
    lastName: "Moreau",
    practice: "Cabinet Voltaire",
  });
  signInForTest(claire.staffUserId, "PRACTITIONER");
  const { patientIds } = await createPatientAccount(prisma, {
    email: "camille@exemple.fr",
    password: "unused-password-123",
    people: [
      { relationship: "SELF", firstName: "Camille", lastName: "Durand", birthDate: "1988-04-12" },
    ],
  });
  const at = (days: number) => new Date(Date.now() + days * DAY);
  const book = (practice: Practice, days: number, status: "BOOKED" | "CANCELLED" | "COMPLETED") =>
    createAppointment(prisma, practice, { patientId: patientIds[0], startsAt: at(days), status });
  expected.set("past", await book(claire, -10, "COMPLETED"));
  expected.set("soon", await book(claire, 2, "BOOKED"));
  expected.set("later", await book(claire, 60, "BOOKED"));
  // Outside the window, cancelled, or someone else's: never in Claire's feed.
  await book(claire, -40, "COMPLETED");
  await book(claire, 100, "BOOKED");
  await book(claire, 3, "CANCELLED");
  expected.set("other", await book(other, 5, "BOOKED"));
  const secretary = await prisma.user.create({
    data: { email: "sophie@cabinet.fr", role: "SECRETARY" },
  });
  secretaryId = secretary.id;
  signInForTest(secretaryId, "SECRETARY");
  await prisma.calendarGrant.createMany({
    data: [claire, other].map(({ practitionerId }) => ({
      practitionerId,
      userId: secretaryId,
      level: "VIEW" as const,
    })),
  });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("the private calendar feed", () => {
  it("holds exactly the non-cancelled appointments of −30 to +90 days, with no patient name", async () => {
    const url = await newFeedUrl(claire.staffUserId);
    expect(url).toMatch(/^https:\/\/praxis\.example\/agenda\/[\w-]{43}\.ics$/);
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-cache");
    const ics = await response.text();
    expect(uidsOf(ics)).toEqual(
      [expected.get("past"), expected.get("soon"), expected.get("later")].sort(),
    );
    expect(summariesOf(ics)).toEqual(Array(3).fill("Rendez-vous Praxis"));
    expect(ics).toContain(
      "LOCATION:Cabinet de la Roquette\\, 48 rue de la Roquette\\, 75011 Paris",
    );
    expect(ics).not.toMatch(/Camille|Durand|C\. D\.|Consultation/);
  });

  it("keeps only the token's hash in the database", async () => {
    const url = await newFeedUrl(claire.staffUserId);
    const token = url.split("/").at(-1)!.replace(".ics", "");
    expect(await findValuesInDatabase(prisma, { texts: [token], dates: [] })).toEqual([]);
  });

  it("answers 304 to a poll that already has this version, 200 once it changed", async () => {
    const url = await newFeedUrl(claire.staffUserId);
    const first = await fetchFeed(url);
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const again = await fetchFeed(url, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await fetchFeed(url, { "If-None-Match": '"stale"' })).status).toBe(200);
    await prisma.appointment.update({
      where: { id: expected.get("soon") },
      data: { endsAt: new Date(Date.now() + 2 * DAY + 3_600_000) },
    });
    const changed = await fetchFeed(url, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
  });

  it("adds the patient's initials only after the explicit opt-in", async () => {
    const url = await newFeedUrl(claire.staffUserId);
    const { setFeedInitials } = await import("./manage-feed");
    await setFeedInitials({ id: claire.staffUserId, role: "PRACTITIONER" }, true);
    const ics = await (await fetchFeed(url)).text();
    expect(summariesOf(ics)).toEqual(Array(3).fill("Rendez-vous Praxis – C. D."));
    expect(ics).not.toMatch(/Camille|Durand/);
    await setFeedInitials({ id: claire.staffUserId, role: "PRACTITIONER" }, false);
    expect(await (await fetchFeed(url)).text()).not.toContain("C. D.");
  });

  it("kills the old URL when the feed is rotated", async () => {
    const old = await newFeedUrl(claire.staffUserId);
    const fresh = await newFeedUrl(claire.staffUserId);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
    expect(await prisma.calendarFeed.count({ where: { userId: claire.staffUserId } })).toBe(1);
  });

  it.each([
    ["a token of the wrong length", "abc.ics"],
    ["a right-length unknown token", `${"A".repeat(43)}.ics`],
    ["a token without .ics", "A".repeat(43)],
    ["markup", "<script>alert(1)</script>.ics"],
  ])("answers 404 to %s", async (_, file) => {
    const response = await fetchFeed(`https://praxis.example/agenda/${encodeURIComponent(file)}`);
    expect(response.status).toBe(404);
  });

  it("shows a secretary's granted agendas, and drops one as soon as its grant is revoked", async () => {
    const url = await newFeedUrl(secretaryId);
    const all = [
      expected.get("past"),
      expected.get("soon"),
      expected.get("later"),
      expected.get("other"),
    ];
    expect(uidsOf(await (await fetchFeed(url)).text())).toEqual(all.sort());
    await prisma.calendarGrant.delete({
      where: {
        practitionerId_userId: { practitionerId: other.practitionerId, userId: secretaryId },
      },
    });
    expect(uidsOf(await (await fetchFeed(url)).text())).not.toContain(expected.get("other"));
  });

  it("stops answering once revoked, and is refused to a patient", async () => {
    const url = await newFeedUrl(claire.staffUserId);
    const revoke = () =>
      revokeRoute(
        new Request("http://praxis.test/api/v1/practitioner/calendar-feed", {
          method: "DELETE",
          headers: asUser(claire.staffUserId),
        }),
      );
    expect((await revoke()).status).toBe(200);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await revoke()).status).toBe(404);
    const patient = await prisma.user.findUniqueOrThrow({ where: { email: "camille@exemple.fr" } });
    signInForTest(patient.id, "PATIENT");
    expect((await rotate(patient.id)).status).toBe(404);
  });
});
