import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";

// The invariants that schema.prisma cannot express, proven against a migrated database.

let database: TestDatabase;
let client: pg.Client;
let practitionerId: string;
let otherPractitionerId: string;
let patientId: string;
let motiveId: string;

async function insertPractitioner(slug: string, specialtyId: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO practitioners (slug, first_name, last_name, specialty_id, updated_at)
     VALUES ($1, 'Claire', 'Martin', $2, now()) RETURNING id`,
    [slug, specialtyId],
  );
  return rows[0].id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const specialty = await client.query<{ id: string }>(
    `INSERT INTO specialties (slug, name_fr, name_en, name_de) VALUES ('cardiologue', 'Cardiologue', 'Cardiologist', 'Kardiologe') RETURNING id`,
  );
  practitionerId = await insertPractitioner("dr-claire-martin", specialty.rows[0].id);
  otherPractitionerId = await insertPractitioner("dr-paul-durand", specialty.rows[0].id);
  patientId = (
    await client.query<{ id: string }>(
      `INSERT INTO patients (first_name, updated_at) VALUES ('Léa', now()) RETURNING id`,
    )
  ).rows[0].id;
  motiveId = (
    await client.query<{ id: string }>(
      `INSERT INTO motives (practitioner_id, name, duration_minutes) VALUES ($1, 'Consultation', 30) RETURNING id`,
      [practitionerId],
    )
  ).rows[0].id;
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

async function book(
  practitioner: string,
  startsAt: string,
  endsAt: string,
  blockedUntil: string | null = null,
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO appointments (practitioner_id, patient_id, motive_id, starts_at, ends_at, blocked_until, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
    [practitioner, patientId, motiveId, startsAt, endsAt, blockedUntil],
  );
  return rows[0].id;
}

function sqlStateOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: { code?: string }) => error.code,
  );
}

describe("appointments_no_overlap", () => {
  it("rejects an overlapping appointment of the same practitioner", async () => {
    await book(practitionerId, "2026-12-01T09:00:00Z", "2026-12-01T09:30:00Z");
    expect(
      await sqlStateOf(book(practitionerId, "2026-12-01T09:15:00Z", "2026-12-01T09:45:00Z")),
    ).toBe("23P01");
  });

  it("accepts back-to-back slots and the same time with another practitioner", async () => {
    await book(practitionerId, "2026-12-02T09:00:00Z", "2026-12-02T09:30:00Z");
    await book(practitionerId, "2026-12-02T09:30:00Z", "2026-12-02T10:00:00Z");
    await expect(
      book(otherPractitionerId, "2026-12-02T09:00:00Z", "2026-12-02T09:30:00Z"),
    ).resolves.toBeTruthy();
  });

  it("keeps the buffer after an appointment free, whichever is booked first", async () => {
    // 09:00–09:30 with a 10-minute buffer holds until 09:40.
    await book(
      practitionerId,
      "2026-12-15T09:00:00Z",
      "2026-12-15T09:30:00Z",
      "2026-12-15T09:40:00Z",
    );
    expect(
      await sqlStateOf(book(practitionerId, "2026-12-15T09:30:00Z", "2026-12-15T09:50:00Z")),
    ).toBe("23P01");
    // 08:30–08:55 plus its own 10 minutes would reach into 09:00.
    expect(
      await sqlStateOf(
        book(
          practitionerId,
          "2026-12-15T08:30:00Z",
          "2026-12-15T08:55:00Z",
          "2026-12-15T09:05:00Z",
        ),
      ),
    ).toBe("23P01");
    await expect(
      book(practitionerId, "2026-12-15T09:40:00Z", "2026-12-15T10:00:00Z", "2026-12-15T10:10:00Z"),
    ).resolves.toBeTruthy();
  });

  it("rejects a buffer that ends before the appointment", async () => {
    expect(
      await sqlStateOf(
        book(
          practitionerId,
          "2026-12-16T09:00:00Z",
          "2026-12-16T09:30:00Z",
          "2026-12-16T09:20:00Z",
        ),
      ),
    ).toBe("23514");
  });

  it("frees the slot once the appointment is cancelled", async () => {
    const id = await book(practitionerId, "2026-12-03T09:00:00Z", "2026-12-03T09:30:00Z");
    await client.query(
      `UPDATE appointments SET status = 'CANCELLED', cancelled_at = now() WHERE id = $1`,
      [id],
    );
    await expect(
      book(practitionerId, "2026-12-03T09:00:00Z", "2026-12-03T09:30:00Z"),
    ).resolves.toBeTruthy();
  });
});

describe("check constraints", () => {
  it("rejects an appointment that ends before it starts", async () => {
    expect(
      await sqlStateOf(book(practitionerId, "2026-12-04T10:00:00Z", "2026-12-04T09:00:00Z")),
    ).toBe("23514");
  });

  it("rejects a cancelled status without a cancellation time", async () => {
    const id = await book(practitionerId, "2026-12-05T09:00:00Z", "2026-12-05T09:30:00Z");
    expect(
      await sqlStateOf(
        client.query(`UPDATE appointments SET status = 'CANCELLED' WHERE id = $1`, [id]),
      ),
    ).toBe("23514");
  });

  it("rejects opening hours outside a day or on a weekday that does not exist", async () => {
    const location = await client.query<{ id: string }>(
      `INSERT INTO locations (address, postcode, city, latitude, longitude) VALUES ('1 rue de Rivoli', '75001', 'Paris', 48.86, 2.34) RETURNING id`,
    );
    const insertHours = (weekday: number, start: number, end: number) =>
      client.query(
        `INSERT INTO opening_hours (practitioner_id, location_id, weekday, start_minute, end_minute) VALUES ($1, $2, $3, $4, $5)`,
        [practitionerId, location.rows[0].id, weekday, start, end],
      );
    await expect(insertHours(1, 510, 750)).resolves.toBeTruthy();
    expect(await sqlStateOf(insertHours(8, 510, 750))).toBe("23514");
    expect(await sqlStateOf(insertHours(2, 750, 510))).toBe("23514");
    expect(await sqlStateOf(insertHours(2, 600, 1500))).toBe("23514");
  });

  it("keeps emails normalised so uniqueness ignores case", async () => {
    expect(
      await sqlStateOf(
        client.query(`INSERT INTO users (email, updated_at) VALUES ('Lea@Example.fr', now())`),
      ),
    ).toBe("23514");
  });

  it("allows one holder profile per account but any number of relatives", async () => {
    const user = await client.query<{ id: string }>(
      `INSERT INTO users (email, updated_at) VALUES ('lea@example.fr', now()) RETURNING id`,
    );
    const addPatient = (relationship: string) =>
      client.query(
        `INSERT INTO patients (owner_id, relationship, updated_at) VALUES ($1, $2, now())`,
        [user.rows[0].id, relationship],
      );
    await addPatient("SELF");
    await addPatient("CHILD");
    await addPatient("CHILD");
    expect(await sqlStateOf(addPatient("SELF"))).toBe("23505");
  });
});

describe("extensions", () => {
  it("provides accent-insensitive, typo-tolerant and geographic functions", async () => {
    const { rows } = await client.query<{ plain: string; similar: number; km: number }>(
      `SELECT praxis_unaccent('Hélène Lefèvre') AS plain,
              similarity('cardiolgue', 'cardiologue') AS similar,
              earth_distance(ll_to_earth(48.8566, 2.3522), ll_to_earth(45.7640, 4.8357)) / 1000 AS km`,
    );
    expect(rows[0].plain).toBe("Helene Lefevre");
    expect(rows[0].similar).toBeGreaterThan(0.5);
    expect(rows[0].km).toBeGreaterThan(385);
    expect(rows[0].km).toBeLessThan(400);
  });
});
