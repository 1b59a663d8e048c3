import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { relativeInputSchema } from "./schemas";
import {
  createAppointment,
  createPatientAccount,
  createPractice,
  type Practice,
} from "./testing/fixtures";

let database: TestDatabase;
let prisma: PrismaClient;
let practice: Practice;
let useCases: {
  addRelative: typeof import("./add-relative").addRelative;
  getRelative: typeof import("./get-relative").getRelative;
  listMyRelatives: typeof import("./list-relatives").listMyRelatives;
  updateRelative: typeof import("./update-relative").updateRelative;
  removeRelative: typeof import("./remove-relative").removeRelative;
  getMyProfile: typeof import("./get-my-profile").getMyProfile;
  updateProfile: typeof import("./update-profile").updateProfile;
};
let alice: { userId: string; patientIds: string[] };
let bob: { userId: string; patientIds: string[] };

const NOW = new Date("2030-06-15T10:00:00Z");
const asPatient = (account: { userId: string }) => ({
  id: account.userId,
  role: "PATIENT" as const,
});
const relative = (firstName: string) =>
  relativeInputSchema.parse({
    relationship: "CHILD",
    firstName,
    lastName: "Durand",
    birthDate: "2015-02-03",
  });

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  useCases = {
    addRelative: (await import("./add-relative")).addRelative,
    getRelative: (await import("./get-relative")).getRelative,
    listMyRelatives: (await import("./list-relatives")).listMyRelatives,
    updateRelative: (await import("./update-relative")).updateRelative,
    removeRelative: (await import("./remove-relative")).removeRelative,
    getMyProfile: (await import("./get-my-profile")).getMyProfile,
    updateProfile: (await import("./update-profile")).updateProfile,
  };
  practice = await createPractice(prisma);
  const self = { relationship: "SELF", lastName: "Durand", birthDate: "1985-01-01" } as const;
  alice = await createPatientAccount(prisma, {
    email: "alice@praxis.test",
    password: "x",
    people: [
      { ...self, firstName: "Alice" },
      { ...self, relationship: "CHILD", firstName: "Léo" },
    ],
  });
  bob = await createPatientAccount(prisma, {
    email: "bob@praxis.test",
    password: "x",
    people: [
      { ...self, firstName: "Bob" },
      { ...self, relationship: "PARENT", firstName: "Odette" },
    ],
  });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

describe("someone else's relative looks exactly like a missing one", () => {
  const bobsRelative = () => bob.patientIds[1];

  it.each([
    ["another account's relative", () => bob.patientIds[1]],
    ["an unknown id", () => randomUUID()],
    ["a malformed id", () => "1 OR 1=1"],
    ["the holder's own profile", () => alice.patientIds[0]],
  ])("%s: NOT_FOUND for reading, editing and removing", async (_label, id) => {
    const actor = asPatient(alice);
    await expect(useCases.getRelative(actor, id())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(useCases.updateRelative(actor, id(), relative("Intrus"))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(useCases.removeRelative(actor, id(), NOW)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("leaves the other account's relative untouched", async () => {
    expect(await prisma.patient.findUniqueOrThrow({ where: { id: bobsRelative() } })).toMatchObject(
      {
        firstName: "Odette",
        ownerId: bob.userId,
      },
    );
  });

  it("keeps staff accounts out of the patient area", async () => {
    const staff = { id: practice.staffUserId, role: "PRACTITIONER" as const };
    await expect(useCases.listMyRelatives(staff)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(useCases.addRelative(staff, relative("X"))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("managing relatives", () => {
  it("adds, lists and edits a relative of the account", async () => {
    const actor = asPatient(alice);
    const id = await useCases.addRelative(actor, relative("مريم"));
    await useCases.updateRelative(actor, id, { ...relative("مريم"), relationship: "OTHER" });

    expect(await useCases.getRelative(actor, id)).toMatchObject({
      firstName: "مريم",
      relationship: "OTHER",
      birthDate: "2015-02-03",
    });
    expect((await useCases.listMyRelatives(actor)).map((person) => person.firstName)).toEqual([
      "Léo",
      "مريم",
    ]);
  });

  it("refuses to remove a relative with an upcoming appointment", async () => {
    const actor = asPatient(alice);
    const id = await useCases.addRelative(actor, relative("Hugo"));
    await createAppointment(prisma, practice, {
      patientId: id,
      startsAt: new Date("2030-06-20T09:00:00Z"),
      status: "BOOKED",
    });

    await expect(useCases.removeRelative(actor, id, NOW)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "patient.relatives.errors.upcomingAppointments",
    });
    expect(await prisma.patient.findUniqueOrThrow({ where: { id } })).toMatchObject({
      firstName: "Hugo",
      ownerId: alice.userId,
    });
  });

  it("pseudonymises a removed relative the practices have records of", async () => {
    const actor = asPatient(alice);
    const id = await useCases.addRelative(actor, relative("Jade"));
    const appointmentId = await createAppointment(prisma, practice, {
      patientId: id,
      startsAt: new Date("2030-06-01T09:00:00Z"),
      status: "COMPLETED",
    });

    await useCases.removeRelative(actor, id, NOW);

    expect(await prisma.patient.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ownerId: null,
      firstName: null,
      lastName: null,
      birthDate: null,
      pseudonymisedAt: NOW,
    });
    expect(await prisma.appointment.count({ where: { id: appointmentId } })).toBe(1);
    await expect(useCases.getRelative(actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("erases a removed relative who never had an appointment", async () => {
    const actor = asPatient(alice);
    const id = await useCases.addRelative(actor, relative("Nina"));
    await useCases.removeRelative(actor, id, NOW);
    expect(await prisma.patient.count({ where: { id } })).toBe(0);
  });
});

describe("the holder's profile", () => {
  it("updates the profile and the account's display name", async () => {
    const actor = asPatient(alice);
    await useCases.updateProfile(actor, {
      firstName: "Alicia",
      lastName: "Durand-Nour",
      birthDate: "1985-06-07",
      phone: "+33612345678",
    });

    expect(await useCases.getMyProfile(actor)).toMatchObject({
      id: alice.patientIds[0],
      firstName: "Alicia",
      birthDate: "1985-06-07",
      phone: "+33612345678",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: alice.userId } })).name).toBe(
      "Alicia Durand-Nour",
    );
    // Bob's profile is another row, untouched.
    expect(
      (await prisma.patient.findUniqueOrThrow({ where: { id: bob.patientIds[0] } })).firstName,
    ).toBe("Bob");
  });

  it("creates the profile of an account that has none yet", async () => {
    const user = await prisma.user.create({ data: { email: "sans-profil@praxis.test" } });
    const actor = { id: user.id, role: "PATIENT" as const };
    expect(await useCases.getMyProfile(actor)).toBeNull();

    await useCases.updateProfile(actor, {
      firstName: "Sam",
      lastName: "Nouveau",
      birthDate: "2000-01-01",
      phone: null,
    });

    expect(await useCases.getMyProfile(actor)).toMatchObject({
      relationship: "SELF",
      firstName: "Sam",
    });
  });
});
