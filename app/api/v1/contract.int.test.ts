import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { errorResponseSchema } from "@/lib/openapi/operation";
import { getAvailabilityOperation } from "@/lib/search/api/get-availability.openapi";
import { getPractitionerOperation } from "@/lib/search/api/get-practitioner.openapi";
import { listSpecialtiesOperation } from "@/lib/search/api/list-specialties.openapi";
import { searchPractitionersOperation } from "@/lib/search/api/search-practitioners.openapi";
import { suggestPlacesOperation } from "@/lib/search/api/suggest-places.openapi";
import { insertFixtures, type FixtureIds } from "@/lib/search/testing/search-fixtures";
import { isoDateOfLocalDay, localDayAt } from "@/lib/utils/zoned-time";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// /api/v1/openapi.json must describe what the handlers do: every documented path answers
// as documented, every documented parameter is accepted (and checked), nothing else is.

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string }> },
) => Response | Promise<Response>;
// The public search operations; the appointment ones have their own integration tests.
const API_OPERATIONS = [
  listSpecialtiesOperation,
  suggestPlacesOperation,
  searchPractitionersOperation,
  getPractitionerOperation,
  getAvailabilityOperation,
] as const;
type Operation = (typeof API_OPERATIONS)[number];
type Path = Operation["path"];

const ROUTES: Record<Path | "/api/v1/openapi.json", () => Promise<{ GET: Handler }>> = {
  "/api/v1/specialties": () => import("./specialties/route"),
  "/api/v1/places": () => import("./places/route"),
  "/api/v1/practitioners": () => import("./practitioners/route"),
  "/api/v1/practitioners/{slug}": () => import("./practitioners/[slug]/route"),
  "/api/v1/practitioners/{slug}/availability": () =>
    import("./practitioners/[slug]/availability/route"),
  "/api/v1/openapi.json": () => import("./openapi.json/route"),
};

let database: TestDatabase;
let prisma: PrismaClient;
let ids: FixtureIds;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  ids = await insertFixtures(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

const SLUG = "claire-lefevre";
const today = () => isoDateOfLocalDay(localDayAt(Date.now(), "Europe/Paris"));

// A valid and an invalid value of every documented parameter; `with` holds what the
// parameter needs beside it.
type Example = { valid: string; invalid: string; with?: Record<string, string> };
function examples(path: Path): Record<string, Example> {
  switch (path) {
    case "/api/v1/specialties":
    case "/api/v1/practitioners/{slug}":
      return {};
    case "/api/v1/places":
      return { q: { valid: "Lyo", invalid: "x".repeat(5000) } };
    case "/api/v1/practitioners":
      return {
        q: { valid: "generaliste", invalid: "x".repeat(5000) },
        specialty: { valid: "medecin-generaliste", invalid: "Cardio<script>", with: {} },
        place: { valid: "Paris", invalid: "99999", with: {} },
        radiusKm: { valid: "20", invalid: "-3", with: { place: "Paris" } },
        teleconsultation: { valid: "false", invalid: "peut-être" },
        newPatients: { valid: "true", invalid: "2" },
        lang: { valid: "en", invalid: "xx" },
        availableWithinDays: { valid: "14", invalid: "1000000000" },
        sort: { valid: "distance", invalid: "price", with: { place: "Paris" } },
        page: { valid: "1", invalid: "-1" },
      };
    case "/api/v1/practitioners/{slug}/availability":
      return {
        from: { valid: today(), invalid: "31/12/2030" },
        to: { valid: today(), invalid: "2030-02-30" },
        motive: { valid: ids.motives.get(SLUG)!, invalid: "not-a-uuid" },
      };
  }
}

const BASE_QUERY: Partial<Record<Path, Record<string, string>>> = {
  "/api/v1/places": { q: "Lyo" },
  "/api/v1/practitioners": { q: "generaliste" },
};

// How many objects (the answer itself included) each answer holds at the least, with the
// fixtures: lists that came back empty would leave their items unchecked.
const MIN_OBJECTS: Record<Path, number> = {
  "/api/v1/specialties": 3,
  "/api/v1/places": 2,
  "/api/v1/practitioners": 4,
  "/api/v1/practitioners/{slug}": 5,
  "/api/v1/practitioners/{slug}/availability": 3,
};

type JsonPath = (string | number)[];

/** The path of every object in a JSON value, the value itself included. */
function objectPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => objectPaths(item, [...at, index]));
  if (value === null || typeof value !== "object") return [];
  return [at, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...at, key]))];
}

function withExtraField(body: unknown, at: JsonPath, name: string, value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  const target = at.reduce<Record<string | number, unknown>>(
    (node, key) => node[key] as Record<string | number, unknown>,
    copy,
  );
  target[name] = value;
  return copy;
}

async function call(path: string, query: Record<string, string> = {}) {
  const { GET } = await ROUTES[path as Path]();
  const url = new URL(`http://praxis.test${path.replace("{slug}", SLUG)}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.append(name, value);
  const response = await GET(new Request(url), { params: Promise.resolve({ slug: SLUG }) });
  return { status: response.status, body: await response.json() };
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and lists every operation the API implements, with its parameters", async () => {
    const { status, body } = await call("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    // The appointment operations are checked by their own integration tests.
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(API_OPERATIONS.map((operation) => operation.path)),
    );
    for (const operation of API_OPERATIONS as readonly Operation[]) {
      const documented = body.paths[operation.path].get.parameters.map(
        (p: { name: string }) => p.name,
      );
      const expected = [
        ...Object.keys("params" in operation ? operation.params.shape : {}),
        ...Object.keys(examples(operation.path)),
      ];
      expect(documented.sort(), operation.path).toEqual(expected.sort());
    }
  });
});

describe.each(API_OPERATIONS.map((operation) => [operation.path, operation] as const))(
  "%s",
  (path, operation) => {
    const responseSchema: z.ZodType = operation.response.schema;

    it("answers as documented", async () => {
      const { status, body } = await call(path, BASE_QUERY[path]);
      expect(status).toBe(200);
      expect(responseSchema.safeParse(body).error).toBeUndefined();
    });

    it("refuses an answer with a field nobody documented, at any depth", async () => {
      const { body } = await call(path, BASE_QUERY[path]);
      const objects = objectPaths(body);
      // The answer must hold nested objects, or this proves nothing about them.
      expect(objects.length).toBeGreaterThanOrEqual(MIN_OBJECTS[path]);
      for (const at of objects) {
        const leaked = withExtraField(body, at, "patientEmail", "someone@exemple.fr");
        expect(responseSchema.safeParse(leaked).success, `patientEmail at ${at.join(".")}`).toBe(
          false,
        );
      }
    });

    it("accepts every documented parameter, and checks it", async () => {
      expect.hasAssertions();
      // Every query parameter has an example, so the loop below checks each one; an
      // operation without parameters asserts just that.
      expect(Object.keys(examples(path)).sort()).toEqual(Object.keys(operation.query.shape).sort());
      for (const [name, example] of Object.entries(examples(path))) {
        const base = { ...(example.with ?? BASE_QUERY[path]) };
        const accepted = await call(path, { ...base, [name]: example.valid });
        expect(accepted.status, `${name}=${example.valid}`).toBe(200);
        expect(responseSchema.safeParse(accepted.body).error).toBeUndefined();
        const refused = await call(path, { ...base, [name]: example.invalid });
        expect(refused.status, `${name}=${example.invalid.slice(0, 20)}`).toBe(422);
        const { error } = errorResponseSchema.parse(refused.body);
        expect(error.code).toBe("VALIDATION_FAILED");
        expect(error.fields).toHaveProperty(name);
      }
    });

    it("refuses an undocumented parameter with a 400 naming it", async () => {
      const { status, body } = await call(path, { ...BASE_QUERY[path], utm_source: "x" });
      expect(status).toBe(400);
      const { error } = errorResponseSchema.parse(body);
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain("utm_source");
    });
  },
);

describe("bad input", () => {
  it("gives the same 404 for a missing, unverified or malformed practitioner", async () => {
    for (const slug of ["personne", "paul-lefevre", "../../etc/passwd", "x".repeat(500)]) {
      const { GET } = await ROUTES["/api/v1/practitioners/{slug}"]();
      const response = await GET(new Request("http://praxis.test/"), {
        params: Promise.resolve({ slug }),
      });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("asks for a what or a where instead of listing the country", async () => {
    const { status, body } = await call("/api/v1/practitioners", { lang: "fr" });
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields).toHaveProperty("q");
  });

  it("refuses a repeated parameter and an availability range over 31 days", async () => {
    const { GET } = await ROUTES["/api/v1/practitioners"]();
    const twice = await GET(new Request("http://praxis.test/api/v1/practitioners?q=a&q=b"), {
      params: Promise.resolve({ slug: "" }),
    });
    expect(twice.status).toBe(422);
    expect((await twice.json()).error).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { q: expect.any(Array) },
    });
    const long = await call("/api/v1/practitioners/{slug}/availability", {
      from: "2030-01-01",
      to: "2030-03-01",
    });
    expect(long.status).toBe(422);
    expect(long.body.error.code).toBe("VALIDATION_FAILED");
    expect(long.body.error.fields).toHaveProperty("to");
  });

  it("refuses an availability range that ends before today, where it starts by default", async () => {
    const past = await call("/api/v1/practitioners/{slug}/availability", { to: "2020-01-01" });
    expect(past.status).toBe(422);
    expect(past.body.error.code).toBe("VALIDATION_FAILED");
    expect(past.body.error.fields).toHaveProperty("to");
  });
});
