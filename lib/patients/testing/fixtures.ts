import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/db-client";
import type { AppointmentStatus, Relationship } from "@/lib/generated/prisma/client";

// Rows for integration tests of the patient area, the access log and admin: each test file
// owns a fresh database, so these create exactly what a test needs and nothing else.

let sequence = 0;
const next = () => ++sequence;

export type Practice = {
  practitionerId: string;
  motiveId: string;
  locationId: string;
  staffUserId: string;
};

export async function createPractice(
  prisma: PrismaClient,
  names: { firstName: string; lastName: string; practice: string } = {
    firstName: "Claire",
    lastName: "Martin",
    practice: "Cabinet de la Roquette",
  },
): Promise<Practice> {
  const n = next();
  const specialty = await prisma.specialty.upsert({
    where: { slug: "medecin-generaliste" },
    create: {
      slug: "medecin-generaliste",
      nameFr: "Médecin généraliste",
      nameEn: "General practitioner",
      nameDe: "Allgemeinmediziner",
    },
    update: {},
  });
  const staff = await prisma.user.create({
    data: { email: `staff-${n}@praxis.test`, name: names.firstName, role: "PRACTITIONER" },
  });
  const location = await prisma.location.create({
    data: {
      name: names.practice,
      address: "48 rue de la Roquette",
      postcode: "75011",
      city: "Paris",
      latitude: 48.8546,
      longitude: 2.3736,
    },
  });
  const practitioner = await prisma.practitioner.create({
    data: {
      slug: `dr-${n}`,
      firstName: names.firstName,
      lastName: names.lastName,
      specialtyId: specialty.id,
      userId: staff.id,
      verified: true,
      locations: { create: { locationId: location.id } },
    },
  });
  const motive = await prisma.motive.create({
    data: { practitionerId: practitioner.id, name: "Consultation", durationMinutes: 30 },
  });
  return {
    practitionerId: practitioner.id,
    motiveId: motive.id,
    locationId: location.id,
    staffUserId: staff.id,
  };
}

export type PersonSeed = {
  relationship: Relationship;
  firstName: string;
  lastName: string;
  birthDate: string;
  phone?: string;
};

export async function createPatientAccount(
  prisma: PrismaClient,
  account: { email: string; password: string; people: PersonSeed[] },
): Promise<{ userId: string; patientIds: string[] }> {
  const user = await prisma.user.create({
    data: {
      email: account.email,
      name: `${account.people[0].firstName} ${account.people[0].lastName}`,
      passwordHash: await hash(account.password),
      emailVerified: new Date(),
    },
  });
  const patientIds: string[] = [];
  for (const person of account.people) {
    const patient = await prisma.patient.create({
      data: { ...person, birthDate: new Date(`${person.birthDate}T00:00:00Z`), ownerId: user.id },
    });
    patientIds.push(patient.id);
  }
  return { userId: user.id, patientIds };
}

export async function createAppointment(
  prisma: PrismaClient,
  practice: Practice,
  booking: { patientId: string; bookedById?: string; startsAt: Date; status: AppointmentStatus },
): Promise<string> {
  const { id } = await prisma.appointment.create({
    data: {
      practitionerId: practice.practitionerId,
      motiveId: practice.motiveId,
      locationId: practice.locationId,
      patientId: booking.patientId,
      bookedById: booking.bookedById,
      startsAt: booking.startsAt,
      endsAt: new Date(booking.startsAt.getTime() + 30 * 60_000),
      status: booking.status,
      cancelledAt: booking.status === "CANCELLED" ? booking.startsAt : null,
    },
  });
  return id;
}

/**
 * Every place a value survives in the database: each text, varchar, char, json, array and
 * enum column of every table is searched for it (case-insensitive substring), and each date
 * column for it as a date. Answers "table.column" for every hit.
 */
export async function findValuesInDatabase(
  prisma: PrismaClient,
  values: { texts: string[]; dates: string[] },
): Promise<string[]> {
  const columns = await prisma.$queryRaw<{ table: string; column: string; type: string }[]>`
    SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type"
    FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY',
                          'USER-DEFINED', 'date')`;
  const hits: string[] = [];
  for (const { table, column, type } of columns) {
    const target = `"${table}"."${column}"`;
    const checks =
      type === "date"
        ? values.dates.map((date) => ({ sql: `${target} = $1::date`, value: date }))
        : [...values.texts, ...values.dates].map((text) => ({
            sql: `${target}::text ILIKE '%' || $1 || '%'`,
            value: text.replace(/[\\%_]/g, (char) => `\\${char}`),
          }));
    for (const check of checks) {
      const [{ count }] = await prisma.$queryRawUnsafe<{ count: bigint }[]>(
        `SELECT count(*) AS count FROM "${table}" WHERE ${check.sql}`,
        check.value,
      );
      if (count > 0n) hits.push(`${table}.${column} ∋ ${check.value}`);
    }
  }
  return hits;
}
