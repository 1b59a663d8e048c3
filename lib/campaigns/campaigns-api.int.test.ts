import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// The admin campaign API and the short links, through their route handlers on a real
// database: input checks, roles, small-number suppression, and that nothing here counts.

const users = new Map<string, SessionUser>();
vi.mock("@/lib/auth/session", () => ({
  apiSessionUser: async (request: Request) => users.get(request.headers.get("x-test-user") ?? ""),
}));

function account(role: SessionUser["role"]): SessionUser {
  const user = {
    id: randomUUID(),
    email: `${role}@praxis.test`,
    role,
    patientId: null,
    practitionerId: null,
  };
  users.set(user.id, user);
  return user;
}
const ADMIN = account("ADMIN");
const PATIENT = account("PATIENT");

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
let routes: {
  list: { GET: Handler; POST: Handler };
  one: { PATCH: Handler };
  stats: { GET: Handler };
  csv: { GET: Handler };
  short: { GET: Handler };
};

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL = "https://praxis.example";
  routes = {
    list: await import("@/app/api/v1/admin/campaigns/route"),
    one: await import("@/app/api/v1/admin/campaigns/[slug]/route"),
    stats: await import("@/app/api/v1/admin/campaigns/[slug]/stats/route"),
    csv: await import("@/app/api/v1/admin/campaigns/[slug]/stats.csv/route"),
    short: await import("@/app/c/[slug]/route"),
  };
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

function call(
  handler: Handler,
  path: string,
  options: {
    user?: SessionUser | null;
    method?: string;
    body?: unknown;
    params?: Record<string, string>;
  } = {},
): Promise<Response> {
  const { user = ADMIN, method = "GET", body, params = {} } = options;
  const request = new Request(`https://praxis.example${path}`, {
    method,
    headers: {
      ...(user && { "x-test-user": user.id }),
      ...(body !== undefined && {
        "Content-Type": "application/json",
        Origin: "https://praxis.example",
      }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve(params) });
}

const CAMPAIGN = {
  slug: "affiche-gare-lyon",
  name: "Affiche gare de Lyon",
  channel: "POSTER",
  startsOn: "2026-10-01",
  endsOn: "2026-11-30",
  budgetEuros: 1500.5,
  landingPath: "/recherche?ou=Lyon",
};

function create(body: unknown, user: SessionUser | null = ADMIN) {
  return call(routes.list.POST, "/api/v1/admin/campaigns", { method: "POST", body, user });
}

async function countersSnapshot(): Promise<unknown> {
  return prisma.campaignDailyCounter.findMany({ orderBy: [{ day: "asc" }, { step: "asc" }] });
}

describe("creating and changing campaigns", () => {
  it("creates a campaign and gives its tagged and short links", async () => {
    const response = await create(CAMPAIGN);
    expect(response.status).toBe(201);
    expect((await response.json()).campaign).toMatchObject({
      slug: "affiche-gare-lyon",
      channel: "POSTER",
      budgetCents: 150050,
      archived: false,
      taggedUrl: "https://praxis.example/recherche?ou=Lyon&campagne=affiche-gare-lyon",
      shortUrl: "https://praxis.example/c/affiche-gare-lyon",
    });
  });

  it("answers 409 for a slug already taken", async () => {
    const response = await create({ ...CAMPAIGN, name: "Autre" });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({
      code: "CONFLICT",
      message: "Une autre campagne utilise déjà cet identifiant.",
    });
  });

  it.each([
    [{ endsOn: "2026-09-30" }, "endsOn", "La date de fin ne peut pas précéder la date de début."],
    [{ budgetEuros: -1 }, "budgetEuros", "Le budget ne peut pas être négatif."],
    [
      { budgetEuros: "12,345" },
      "budgetEuros",
      "Indiquez un montant en euros, par exemple 1200 ou 1200,50.",
    ],
    [
      { slug: "jean-dupont-gmail-com" },
      "slug",
      expect.stringContaining("ressemble à un identifiant"),
    ],
    [
      { slug: "550e8400-e29b-41d4-a716-446655440000" },
      "slug",
      expect.stringContaining("ressemble"),
    ],
    [{ slug: "A" }, "slug", expect.stringContaining("de 3 à 40 caractères")],
    [{ landingPath: "/admin/campagnes" }, "landingPath", expect.stringContaining("page publique")],
    [
      { landingPath: "https://ailleurs.example/" },
      "landingPath",
      expect.stringContaining("commence par"),
    ],
    [{ channel: "TV" }, "channel", "Choisissez un canal."],
  ])("refuses %o with a message under %s", async (change, field, message) => {
    const response = await create({ ...CAMPAIGN, slug: "autre-campagne", ...change });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields[field]).toEqual([message]);
  });

  it("changes details, keeps the budget when it is left out, archives and restores", async () => {
    const path = "/api/v1/admin/campaigns/affiche-gare-lyon";
    const params = { slug: "affiche-gare-lyon" };
    const changed = await call(routes.one.PATCH, path, {
      method: "PATCH",
      params,
      body: { name: "Affiche gare Part-Dieu", archived: true },
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()).campaign).toMatchObject({
      name: "Affiche gare Part-Dieu",
      budgetCents: 150050,
      archived: true,
      state: "archived",
    });
    const listed = async (query: string) =>
      (await (await call(routes.list.GET, `/api/v1/admin/campaigns${query}`)).json()).campaigns.map(
        (campaign: { slug: string }) => campaign.slug,
      );
    expect(await listed("")).not.toContain("affiche-gare-lyon");
    expect(await listed("?archived=true")).toContain("affiche-gare-lyon");

    const restored = await call(routes.one.PATCH, path, {
      method: "PATCH",
      params,
      body: { archived: false, budgetEuros: null },
    });
    expect((await restored.json()).campaign).toMatchObject({ archived: false, budgetCents: null });
  });

  it("refuses an end date before the stored start, and an unknown campaign", async () => {
    const before = await call(routes.one.PATCH, "/api/v1/admin/campaigns/affiche-gare-lyon", {
      method: "PATCH",
      params: { slug: "affiche-gare-lyon" },
      body: { endsOn: "2026-01-01" },
    });
    expect(before.status).toBe(422);
    const unknown = await call(routes.one.PATCH, "/api/v1/admin/campaigns/inconnue", {
      method: "PATCH",
      params: { slug: "inconnue" },
      body: { name: "x" },
    });
    expect(unknown.status).toBe(404);
  });

  it("holds the rules in the database too", async () => {
    const insert = (values: string) =>
      prisma.$executeRawUnsafe(
        `insert into campaigns (slug, name, landing_path, budget_cents, starts_on, ends_on) values ${values}`,
      );
    await expect(insert(`('bon-slug', 'x', '/admin', null, null, null)`)).rejects.toThrow();
    await expect(
      insert(`('bon-slug', 'x', '//ailleurs.example', null, null, null)`),
    ).rejects.toThrow();
    await expect(insert(`('bon-slug', 'x', '/', -1, null, null)`)).rejects.toThrow();
    await expect(
      insert(`('bon-slug', 'x', '/', null, '2026-02-01', '2026-01-01')`),
    ).rejects.toThrow();
    await expect(insert(`('Mauvais Slug', 'x', '/', null, null, null)`)).rejects.toThrow();
  });
});

describe("who may use the admin API", () => {
  it("answers 401 without a session and 404 to other roles", async () => {
    expect((await call(routes.list.GET, "/api/v1/admin/campaigns", { user: null })).status).toBe(
      401,
    );
    expect((await call(routes.list.GET, "/api/v1/admin/campaigns", { user: PATIENT })).status).toBe(
      404,
    );
    expect((await create({ ...CAMPAIGN, slug: "par-un-patient" }, PATIENT)).status).toBe(404);
    const stats = await call(routes.stats.GET, "/api/v1/admin/campaigns/affiche-gare-lyon/stats", {
      user: PATIENT,
      params: { slug: "affiche-gare-lyon" },
    });
    expect(stats.status).toBe(404);
    expect(await prisma.campaign.count({ where: { slug: "par-un-patient" } })).toBe(0);
  });
});

describe("the published figures", () => {
  const slug = "affiche-gare-lyon";
  const params = { slug };
  const statsPath = (query: string) => `/api/v1/admin/campaigns/${slug}/stats${query}`;

  beforeAll(async () => {
    const { id } = await prisma.campaign.findUniqueOrThrow({ where: { slug } });
    const rows: [string, "LANDING" | "SEARCH" | "BOOKING_COMPLETED", number][] = [
      ["2026-10-05", "LANDING", 40],
      ["2026-10-06", "LANDING", 25],
      ["2026-10-05", "SEARCH", 12],
      ["2026-10-06", "SEARCH", 3],
      ["2026-10-05", "BOOKING_COMPLETED", 4],
      ["2026-10-06", "BOOKING_COMPLETED", 5],
      ["2026-10-07", "BOOKING_COMPLETED", 6],
    ];
    await prisma.campaignDailyCounter.createMany({
      data: rows.map(([day, step, count]) => ({ campaignId: id, day: new Date(day), step, count })),
    });
  });

  it("hides cells below k as null, and totals that would give one away", async () => {
    const response = await call(routes.stats.GET, statsPath("?from=2026-10-05&to=2026-10-07"), {
      params,
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.threshold).toBe(10);
    expect(body.days).toEqual([
      {
        day: "2026-10-05",
        steps: {
          LANDING: 40,
          SEARCH: 12,
          PROFILE_VIEW: null,
          BOOKING_STARTED: null,
          BOOKING_COMPLETED: null,
        },
      },
      {
        day: "2026-10-06",
        steps: {
          LANDING: 25,
          SEARCH: null,
          PROFILE_VIEW: null,
          BOOKING_STARTED: null,
          BOOKING_COMPLETED: null,
        },
      },
      {
        day: "2026-10-07",
        steps: {
          LANDING: null,
          SEARCH: null,
          PROFILE_VIEW: null,
          BOOKING_STARTED: null,
          BOOKING_COMPLETED: null,
        },
      },
    ]);
    // LANDING: one hidden cell (0 on the 7th): masked. SEARCH: hidden 3 + 0 < k: masked.
    // BOOKING_COMPLETED: 4 + 5 + 6 = 15, each still anything from 0 to 9: published.
    expect(body.totals).toEqual({
      LANDING: null,
      SEARCH: null,
      PROFILE_VIEW: null,
      BOOKING_STARTED: null,
      BOOKING_COMPLETED: 15,
    });
  });

  it("gives the same content as CSV", async () => {
    const response = await call(
      routes.csv.GET,
      `${statsPath(".csv")}?from=2026-10-05&to=2026-10-07`,
      { params },
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(
      "praxis-affiche-gare-lyon-2026-10-05-2026-10-07.csv",
    );
    expect((await response.text()).split("\r\n")).toEqual([
      "Jour,LANDING,SEARCH,PROFILE_VIEW,BOOKING_STARTED,BOOKING_COMPLETED",
      "2026-10-05,40,12,< 10,< 10,< 10",
      "2026-10-06,25,< 10,< 10,< 10,< 10",
      "2026-10-07,< 10,< 10,< 10,< 10,< 10",
      "Total,masqué,masqué,masqué,masqué,15",
      "",
    ]);
    const english = await call(
      routes.csv.GET,
      `${statsPath(".csv")}?from=2026-10-05&to=2026-10-05&lang=en`,
      { params },
    );
    expect(await english.text()).toContain("Total,40,12,hidden,hidden,hidden");
  });

  it.each([
    [
      "?from=2026-10-07&to=2026-10-05",
      422,
      "Le premier jour de la période doit précéder le dernier.",
    ],
    ["?from=2016-10-01&to=2026-10-01", 422, "Une période compte au plus 400 jours."],
    ["?from=2026-10-05", 422, "Indiquez à la fois le premier et le dernier jour de la période."],
    ["?from=2026-02-30&to=2026-03-01", 422, "Indiquez une date valide."],
  ])("refuses the period %s", async (query, status, message) => {
    const response = await call(routes.stats.GET, statsPath(query), { params });
    expect(response.status).toBe(status);
    expect((await response.json()).error.fields.from).toEqual([message]);
  });

  it("refuses an unknown parameter and answers 404 for an unknown campaign", async () => {
    expect((await call(routes.stats.GET, statsPath("?jour=1"), { params })).status).toBe(400);
    const unknown = await call(routes.stats.GET, "/api/v1/admin/campaigns/inconnue/stats", {
      params: { slug: "inconnue" },
    });
    expect(unknown.status).toBe(404);
  });
});

describe("short links", () => {
  it("redirects (303) to the tagged landing page and counts nothing", async () => {
    const before = await countersSnapshot();
    const response = await call(routes.short.GET, "/c/affiche-gare-lyon", {
      user: null,
      params: { slug: "affiche-gare-lyon" },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/recherche?ou=Lyon&campagne=affiche-gare-lyon");
    expect(response.headers.get("set-cookie")).toBeNull();
    await call(routes.stats.GET, "/api/v1/admin/campaigns/affiche-gare-lyon/stats", {
      params: { slug: "affiche-gare-lyon" },
    });
    expect(await countersSnapshot()).toEqual(before);
  });

  it("answers 404 for a slug no campaign has", async () => {
    const response = await call(routes.short.GET, "/c/inconnue", {
      user: null,
      params: { slug: "inconnue" },
    });
    expect(response.status).toBe(404);
  });
});
