import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as dayListCsv } from "@/app/(practitioner)/espace-praticien/jour.csv/route";
import { GET as agendaVersion } from "@/app/api/v1/practitioner/agenda-version/route";
import { GET as listAppointments } from "@/app/api/v1/practitioner/appointments/route";
import { GET as searchPatients } from "@/app/api/v1/practitioner/patients/route";
import {
  createAccount,
  createBookablePractice,
  localSlot,
  type BookablePractice,
  type TestAccount,
} from "@/lib/appointments/testing/booking-fixtures";
import type { SessionUser } from "@/lib/auth/session";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { todayIn } from "./agenda-range";
import {
  ownPatientsResponseSchema,
  practiceAppointmentsResponseSchema,
} from "./api/agenda-schemas";

// The practice's read API through its route handlers on a migrated database: whose data
// each actor sees, the range rules, bad input, and the access log merged per day.

const state = vi.hoisted(() => ({
  client: undefined as unknown,
  users: new Map<string, unknown>(),
}));
vi.mock("@/lib/db", () => ({
  get db() {
    return state.client;
  },
}));
vi.mock("@/lib/auth/session", () => ({
  apiSessionUser: async (request: Request) =>
    state.users.get(request.headers.get("x-test-user") ?? "") ?? null,
}));

let database: TestDatabase;
let prisma: PrismaClient;
let mine: BookablePractice;
let theirs: BookablePractice;
let marc: TestAccount;
let nina: TestAccount;
const actors: Record<"doctor" | "otherDoctor" | "secretary" | "admin" | "patient", string> = {
  doctor: "",
  otherDoctor: "",
  secretary: "",
  admin: "",
  patient: "",
};
let filePatientId: string;
let day: string;

async function createStaff(role: SessionUser["role"], label: string, practitionerId?: string) {
  const user = await prisma.user.create({ data: { email: `${label}@praxis.test`, role } });
  if (practitionerId)
    await prisma.practitioner.update({ where: { id: practitionerId }, data: { userId: user.id } });
  state.users.set(user.id, {
    id: user.id,
    email: user.email,
    role,
    patientId: null,
    practitionerId: practitionerId ?? null,
  });
  return user.id;
}

async function book(
  practice: BookablePractice,
  patientId: string,
  bookedById: string,
  hour: number,
) {
  const startsAt = localSlot(3, hour * 60);
  return prisma.appointment.create({
    data: {
      practitionerId: practice.practitionerId,
      patientId,
      bookedById,
      motiveId: practice.motiveId,
      locationId: practice.locationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 4);
  state.client = prisma;
  mine = await createBookablePractice(prisma);
  theirs = await createBookablePractice(prisma);
  marc = await createAccount(prisma, "marc");
  nina = await createAccount(prisma, "nina");
  state.users.set(marc.userId, {
    id: marc.userId,
    email: marc.email,
    role: "PATIENT",
    patientId: marc.selfId,
    practitionerId: null,
  });
  actors.patient = marc.userId;
  actors.doctor = await createStaff("PRACTITIONER", "doctor", mine.practitionerId);
  actors.otherDoctor = await createStaff("PRACTITIONER", "other-doctor", theirs.practitionerId);
  actors.secretary = await createStaff("SECRETARY", "secretary");
  actors.admin = await createStaff("ADMIN", "admin");
  await prisma.calendarGrant.create({
    data: { practitionerId: mine.practitionerId, userId: actors.secretary, level: "VIEW" },
  });
  const file = await prisma.patient.create({
    data: {
      firstName: "=HYPERLINK(1)",
      lastName: "Éloïse Noël",
      birthDate: new Date("1950-02-03"),
      phone: "+33 6 12 34 56 78",
      createdByPractitionerId: mine.practitionerId,
    },
  });
  filePatientId = file.id;
  await book(mine, marc.selfId, marc.userId, 10);
  await book(mine, marc.relativeId, marc.userId, 11);
  await book(mine, file.id, actors.doctor, 12);
  await book(theirs, nina.selfId, nina.userId, 10);
  day = localSlot(3, 600).toISOString().slice(0, 10);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const call = (
  handler: (request: Request) => Promise<Response>,
  path: string,
  actor: string | null,
) =>
  handler(
    new Request(`http://praxis.test${path}`, { headers: actor ? { "x-test-user": actor } : {} }),
  );

describe("GET /api/v1/practitioner/appointments", () => {
  it("lists the agenda's appointments with who booked them, and nobody else's", async () => {
    const response = await call(
      listAppointments,
      `/api/v1/practitioner/appointments?from=${day}&to=${day}`,
      actors.doctor,
    );
    expect(response.status).toBe(200);
    const { appointments } = practiceAppointmentsResponseSchema.parse(await response.json());
    expect(appointments.map((a) => [a.patient.firstName, a.bookedBy])).toEqual([
      ["Marc", "PATIENT"],
      ["Léa", "RELATIVE"],
      ["=HYPERLINK(1)", "PRACTICE"],
    ]);
    expect(appointments.every((a) => a.practiceId === mine.locationId)).toBe(true);
  });

  it("lets a secretary read the agenda she holds a grant on, and no other", async () => {
    const granted = `/api/v1/practitioner/appointments?from=${day}&to=${day}&practitionerId=${mine.practitionerId}`;
    expect((await call(listAppointments, granted, actors.secretary)).status).toBe(200);
    const other = `/api/v1/practitioner/appointments?from=${day}&to=${day}&practitionerId=${theirs.practitionerId}`;
    expect((await call(listAppointments, other, actors.secretary)).status).toBe(404);
    expect((await call(listAppointments, other, actors.doctor)).status).toBe(404);
  });

  it("answers 401 without a session and 404 to patients and admins", async () => {
    const path = `/api/v1/practitioner/appointments?from=${day}&to=${day}`;
    expect((await call(listAppointments, path, null)).status).toBe(401);
    expect((await call(listAppointments, path, actors.patient)).status).toBe(404);
    expect((await call(listAppointments, path, actors.admin)).status).toBe(404);
  });

  it("refuses bad ranges with a clear 4xx", async () => {
    const status = async (query: string) =>
      (await call(listAppointments, `/api/v1/practitioner/appointments?${query}`, actors.doctor))
        .status;
    expect(await status("from=2026-03-02&to=2026-03-01")).toBe(422);
    expect(await status("from=2026-01-01&to=2027-05-16")).toBe(422);
    expect(await status("from=2026-13-45&to=2026-12-31")).toBe(422);
    expect(await status("from=2026-01-01")).toBe(422);
    expect(await status("from=2026-01-01&to=2026-01-02&practitionerId=nope")).toBe(422);
    expect(await status("from=2026-01-01&to=2026-01-02&debut=x")).toBe(400);
    expect(await status("from=2026-01-01&to=2026-03-03")).toBe(200);
  });

  it("logs each patient shown once a day per actor, however often the agenda is read", async () => {
    const path = `/api/v1/practitioner/appointments?from=${day}&to=${day}`;
    await prisma.accessLogEntry.deleteMany();
    await call(listAppointments, path, actors.doctor);
    await call(listAppointments, path, actors.doctor);
    await call(listAppointments, `${path}&practitionerId=${mine.practitionerId}`, actors.secretary);
    const entries = await prisma.accessLogEntry.findMany({
      where: { action: "LIST_APPOINTMENTS" },
    });
    expect(entries).toHaveLength(6);
    expect(new Set(entries.map((entry) => `${entry.actorId}/${entry.patientId}`)).size).toBe(6);
    const today = todayIn("Europe/Paris", new Date());
    expect(entries.every((entry) => entry.mergedDay?.toISOString().slice(0, 10) === today)).toBe(
      true,
    );
    expect(entries.every((entry) => entry.practitionerId === mine.practitionerId)).toBe(true);
  });
});

describe("GET /api/v1/practitioner/patients", () => {
  const search = async (q: string, actor = actors.doctor) => {
    const response = await call(
      searchPatients,
      `/api/v1/practitioner/patients?q=${encodeURIComponent(q)}`,
      actor,
    );
    return {
      status: response.status,
      body: response.status === 200 ? ownPatientsResponseSchema.parse(await response.json()) : null,
    };
  };

  it("finds the practice's own patients by name, ignoring accents and case, or by birth date", async () => {
    expect((await search("durand")).body?.patients.map((p) => p.firstName).sort()).toEqual([
      "Léa",
      "Marc",
    ]);
    expect((await search("LEA")).body?.patients.map((p) => p.firstName)).toEqual(["Léa"]);
    expect((await search("eloise noel")).body?.patients.map((p) => p.id)).toEqual([filePatientId]);
    expect((await search("1950-02-03")).body?.patients.map((p) => p.id)).toEqual([filePatientId]);
  });

  it("never lists another practice's patients", async () => {
    expect((await search("Durand", actors.otherDoctor)).body?.patients.map((p) => p.id)).toEqual([
      nina.selfId,
    ]);
    expect((await search("nina")).body?.patients ?? []).toEqual([]);
    expect((await search("Éloïse", actors.otherDoctor)).body?.patients).toEqual([]);
  });

  it("treats LIKE wildcards as text and refuses too short a query", async () => {
    expect((await search("%%")).body?.patients).toEqual([]);
    expect((await search("a")).status).toBe(422);
    expect((await search("marc", actors.patient)).status).toBe(404);
  });
});

describe("GET /api/v1/practitioner/agenda-version", () => {
  it("changes when an appointment in the range changes, and only then", async () => {
    const version = async () =>
      (
        await (
          await call(
            agendaVersion,
            `/api/v1/practitioner/agenda-version?from=${day}&to=${day}`,
            actors.doctor,
          )
        ).json()
      ).version;
    const before = await version();
    expect(await version()).toBe(before);
    const added = await book(mine, marc.selfId, marc.userId, 15);
    const afterBooking = await version();
    expect(afterBooking).not.toBe(before);
    // A writer that leaves updated_at alone is seen too.
    await prisma.$executeRaw`UPDATE appointments SET status = 'ARRIVED' WHERE id = ${added.id}::uuid`;
    expect(await version()).not.toBe(afterBooking);
    await book(theirs, nina.selfId, nina.userId, 16);
    const unchanged = await version();
    await book(theirs, nina.selfId, nina.userId, 17);
    expect(await version()).toBe(unchanged);
  });
});

describe("GET /espace-praticien/jour.csv", () => {
  it("exports the day's list safely and logs it as an export", async () => {
    await prisma.accessLogEntry.deleteMany();
    const response = await call(
      dayListCsv,
      `/espace-praticien/jour.csv?date=${day}`,
      actors.doctor,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="agenda-${day}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe('"Date","Début","Fin","Nom","Prénom","Motif","Téléphone","Statut"');
    expect(lines.find((line) => line.includes("Noël"))).toContain(`"'=HYPERLINK(1)"`);
    expect(lines.find((line) => line.includes("Noël"))).toContain(`"'+33 6 12 34 56 78"`);
    expect(await prisma.accessLogEntry.count({ where: { action: "EXPORT_DAY_LIST" } })).toBe(3);
    expect(
      (await call(dayListCsv, "/espace-praticien/jour.csv?date=2026-02-30", actors.doctor)).status,
    ).toBe(422);
    expect((await call(dayListCsv, "/espace-praticien/jour.csv", actors.patient)).status).toBe(404);
  });
});
