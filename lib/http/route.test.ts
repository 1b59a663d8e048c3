import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { CACHEABLE } from "./respond";
import { route } from "./route";

// The session is the one thing faked: the wrapper's own checks run for real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ apiSessionUser: async () => session.user }));

const PATIENT: SessionUser = {
  id: "u1",
  email: "p@example.test",
  role: "PATIENT",
  patientId: "p1",
  practitionerId: null,
};

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request("http://praxis.test/api/v1/thing", {
    method: "POST",
    body,
    headers: { host: "praxis.test", "content-type": "application/json", ...headers },
  });
}

async function answer(response: Response) {
  return { status: response.status, body: await response.json() };
}

beforeEach(() => {
  session.user = null;
});

describe("route: authentication and roles", () => {
  const handler = route({ auth: "user" }, ({ user }) => ({ id: user.id }));
  const adminOnly = route({ auth: ["ADMIN"] }, () => ({ ok: true }));
  const open = route({ auth: "none" }, ({ user }) => ({ user }));

  it("answers 401 without a session", async () => {
    const { status, body } = await answer(await handler(new Request("http://praxis.test/")));
    expect(status).toBe(401);
    expect(body.error.code).toBe("UNAUTHENTICATED");
  });

  it("hands the signed-in user to the handler", async () => {
    session.user = PATIENT;
    expect(await answer(await handler(new Request("http://praxis.test/")))).toEqual({
      status: 200,
      body: { id: "u1" },
    });
  });

  it("answers 404 to a user of another role, so the route looks missing", async () => {
    session.user = PATIENT;
    expect((await adminOnly(new Request("http://praxis.test/"))).status).toBe(404);
    session.user = { ...PATIENT, role: "ADMIN" };
    expect((await adminOnly(new Request("http://praxis.test/"))).status).toBe(200);
  });

  it("never reads the session of a public route", async () => {
    session.user = PATIENT;
    expect((await answer(await open(new Request("http://praxis.test/")))).body).toEqual({
      user: null,
    });
  });
});

describe("route: Origin check", () => {
  const handler = route({ auth: "none", body: z.object({}) }, () => ({ ok: true }));

  it("refuses an unsafe request from another site before anything else", async () => {
    const response = await handler(post("{}", { origin: "https://attacker.example" }));
    expect(response.status).toBe(403);
  });

  it("refuses a cross-site request whose browser sent no Origin", async () => {
    expect((await handler(post("{}", { "sec-fetch-site": "cross-site" }))).status).toBe(403);
  });

  it("accepts the same origin", async () => {
    expect((await handler(post("{}", { origin: "http://praxis.test" }))).status).toBe(200);
  });
});

describe("route: body", () => {
  const handler = route(
    { auth: "none", body: z.strictObject({ name: z.string().min(1) }), maxBodyBytes: 64 },
    ({ body }) => ({ hello: body.name }),
  );

  it("parses a valid JSON body", async () => {
    expect(await answer(await handler(post('{"name":"Ada"}')))).toEqual({
      status: 200,
      body: { hello: "Ada" },
    });
  });

  it("refuses a body over the limit with 413, even without Content-Length", async () => {
    const big = JSON.stringify({ name: "x".repeat(100) });
    expect((await handler(post(big))).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = new Request("http://praxis.test/", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect((await handler(chunked)).status).toBe(413);
  });

  it("answers 415 to another media type, 400 to broken JSON, 422 to an invalid body", async () => {
    expect((await handler(post("{}", { "content-type": "text/plain" }))).status).toBe(415);
    expect((await handler(post("{"))).status).toBe(400);
    const invalid = await answer(await handler(post('{"name":""}')));
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields).toHaveProperty("name");
  });
});

describe("route: params and query", () => {
  const handler = route(
    {
      auth: "none",
      params: z.object({ id: z.uuid() }),
      query: z.object({ page: z.coerce.number().int().min(1).optional() }),
    },
    ({ params, query }) => ({ id: params.id, page: query.page ?? 1 }),
  );
  const id = "3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b";
  const call = (url: string, param: string) =>
    handler(new Request(url), { params: Promise.resolve({ id: param }) });

  it("hands typed params and query to the handler", async () => {
    expect((await answer(await call("http://praxis.test/?page=2", id))).body).toEqual({
      id,
      page: 2,
    });
  });

  it("answers 404 to a malformed path parameter, 400 to an unknown query parameter, 422 to an invalid one", async () => {
    expect((await call("http://praxis.test/", "nope")).status).toBe(404);
    const unknown = await answer(await call("http://praxis.test/?utm_source=x", id));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("utm_source");
    expect((await call("http://praxis.test/?page=0", id)).status).toBe(422);
  });
});

describe("route: errors and answers", () => {
  const failing = (error: unknown) =>
    route({ auth: "none" }, () => {
      throw error;
    })(new Request("http://praxis.test/"));

  it("maps an AppError to its status, with its details", async () => {
    const taken = new AppError("SLOT_TAKEN", { details: { nextSlots: [] } });
    expect(await answer(await failing(taken))).toEqual({
      status: 409,
      body: {
        error: {
          code: "SLOT_TAKEN",
          message: "Ce créneau vient d’être réservé. Veuillez en choisir un autre.",
          nextSlots: [],
        },
      },
    });
  });

  it("words the message in the Accept-Language language and keeps the code", async () => {
    const handler = route({ auth: "none" }, async () => {
      throw new AppError("SLOT_TAKEN");
    });
    const inGerman = await handler(
      new Request("http://praxis.test/", { headers: { "accept-language": "de-DE,de;q=0.9" } }),
    );
    expect(await inGerman.json()).toEqual({
      error: {
        code: "SLOT_TAKEN",
        message: "Dieser Termin wurde gerade vergeben. Bitte wählen Sie einen anderen.",
      },
    });
    const malformed = await handler(
      new Request("http://praxis.test/", { headers: { "accept-language": ";;q=x,," } }),
    );
    expect((await malformed.json()).error.message).toMatch(/^Ce créneau/);
  });

  it("maps a unique or exclusion violation to 409", async () => {
    expect((await failing(Object.assign(new Error("dup"), { code: "23505" }))).status).toBe(409);
    expect((await failing(Object.assign(new Error("overlap"), { code: "23P01" }))).status).toBe(
      409,
    );
  });

  it("answers anything else with a logged generic 500 that echoes nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { status, body } = await answer(await failing(new Error("secret detail")));
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(JSON.stringify(body)).not.toContain("secret detail");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("sets Cache-Control: no-store by default, the route's value otherwise, also on Responses", async () => {
    const plain = await route({ auth: "none" }, () => ({}))(new Request("http://praxis.test/"));
    // A small answer is also marked no-transform: compressing it would cost more than it saves.
    expect(plain.headers.get("cache-control")).toBe("no-store, no-transform");
    const cached = await route({ auth: "none", cacheControl: CACHEABLE }, () => ({}))(
      new Request("http://praxis.test/"),
    );
    expect(cached.headers.get("cache-control")).toBe(`${CACHEABLE}, no-transform`);
    const raw = await route(
      { auth: "none" },
      () => new Response(null, { status: 204 }),
    )(new Request("http://praxis.test/"));
    expect(raw.status).toBe(204);
    expect(raw.headers.get("cache-control")).toBe("no-store");
  });
});
