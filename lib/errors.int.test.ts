import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { toErrorResponse } from "./errors";

// The conflict mapping relies on the shape of errors Prisma and its pg adapter really throw;
// these tests provoke them against a migrated database.

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 1);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("the query should have failed"),
    (error: unknown) => error,
  );
}

async function createBookableSlot() {
  const specialty = await prisma.specialty.create({
    data: {
      slug: "cardiologue",
      nameFr: "Cardiologue",
      nameEn: "Cardiologist",
      nameDe: "Kardiologe",
    },
  });
  const practitioner = await prisma.practitioner.create({
    data: {
      slug: "dr-claire-martin",
      firstName: "Claire",
      lastName: "Martin",
      specialtyId: specialty.id,
    },
  });
  const patient = await prisma.patient.create({ data: { firstName: "Léa" } });
  const motive = await prisma.motive.create({
    data: { practitionerId: practitioner.id, name: "Consultation", durationMinutes: 30 },
  });
  return { practitionerId: practitioner.id, patientId: patient.id, motiveId: motive.id };
}

describe("toErrorResponse with real database errors", () => {
  it("answers a unique violation with 409", async () => {
    await prisma.user.create({ data: { email: "lea@example.test" } });
    const error = await errorOf(prisma.user.create({ data: { email: "lea@example.test" } }));
    expect(toErrorResponse(error).status).toBe(409);
  });

  it("answers a double booking (exclusion violation 23P01) with 409", async () => {
    const slot = await createBookableSlot();
    const appointment = (startsAt: string, endsAt: string) =>
      prisma.appointment.create({
        data: { ...slot, startsAt: new Date(startsAt), endsAt: new Date(endsAt) },
      });
    await appointment("2030-01-07T09:00:00Z", "2030-01-07T09:30:00Z");

    const error = await errorOf(appointment("2030-01-07T09:15:00Z", "2030-01-07T09:45:00Z"));
    expect(toErrorResponse(error).status).toBe(409);
  });

  it("answers an exclusion violation from a raw query with 409", async () => {
    const error = await errorOf(
      prisma.$executeRaw`INSERT INTO appointments (practitioner_id, patient_id, motive_id, starts_at, ends_at, updated_at)
        SELECT practitioner_id, patient_id, motive_id, starts_at, ends_at, now() FROM appointments LIMIT 1`,
    );
    expect(toErrorResponse(error).status).toBe(409);
  });

  it("still answers other database errors with a generic 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const error = await errorOf(prisma.$executeRaw`SELECT 1 / 0`);
    const response = toErrorResponse(error);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("division");
  });
});
