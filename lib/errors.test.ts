import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, DatabaseUnavailableError, toActionFailure, toErrorResponse } from "./errors";

async function bodyOf(response: Response) {
  return (await response.json()) as { error: Record<string, unknown> };
}

// Shapes of what Prisma 7 and its pg driver adapter actually throw.
const uniqueViolation = Object.assign(new Error("Unique constraint failed"), {
  name: "PrismaClientKnownRequestError",
  code: "P2002",
});
const exclusionViolation = Object.assign(new Error("Database error. Code: `23P01`."), {
  name: "PrismaClientKnownRequestError",
  code: "P2039",
  meta: {
    driverAdapterError: {
      name: "DriverAdapterError",
      cause: { kind: "postgres", originalCode: "23P01" },
    },
  },
});

describe("toErrorResponse", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers an AppError with its status and French message", async () => {
    const response = toErrorResponse(new AppError("SLOT_TAKEN"));
    expect(response.status).toBe(409);
    expect(await bodyOf(response)).toEqual({
      error: {
        code: "SLOT_TAKEN",
        message: "Ce créneau vient d’être réservé. Veuillez en choisir un autre.",
      },
    });
    expect(response.headers.get("cache-control")).toMatch(/^no-store(, no-transform)?$/);
  });

  it("answers a zod error with 422 and the messages of each field", async () => {
    const schema = z.object({
      email: z.email(),
      relatives: z.array(z.object({ name: z.string().min(1) })),
    });
    const parsed = schema.safeParse({ email: "nope", relatives: [{ name: "" }] });
    const response = toErrorResponse(parsed.error);

    expect(response.status).toBe(422);
    const { error } = await bodyOf(response);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields as object)).toEqual(["email", "relatives.0.name"]);
  });

  it.each([
    ["a Prisma unique violation", uniqueViolation],
    ["an exclusion violation surfaced by the driver adapter", exclusionViolation],
    [
      "a bare driver adapter error",
      { name: "DriverAdapterError", cause: { originalCode: "23505" } },
    ],
    ["a node-postgres error", Object.assign(new Error("conflicting key value"), { code: "23P01" })],
  ])("answers %s with 409", async (_label, error) => {
    const response = toErrorResponse(error);
    expect(response.status).toBe(409);
    expect((await bodyOf(response)).error.code).toBe("CONFLICT");
  });

  it("answers a missing Prisma record like any other 404", async () => {
    const response = toErrorResponse(Object.assign(new Error("No record"), { code: "P2025" }));
    expect(response.status).toBe(404);
  });

  it("hides anything unexpected behind a logged, generic 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = toErrorResponse(new TypeError("secret detail: dermatologue"));

    expect(response.status).toBe(500);
    const { error } = await bodyOf(response);
    expect(error.code).toBe("INTERNAL");
    expect(JSON.stringify(error)).not.toContain("secret detail");
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0][0]).toContain(`ref=${error.reference}`);
  });

  it("never logs the message of a Prisma error, which can echo query arguments", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const prismaError = Object.assign(new Error("Invalid `db.patient.create()` … dermatologue"), {
      name: "PrismaClientValidationError",
    });
    toErrorResponse(prismaError);
    expect(JSON.stringify(log.mock.calls)).not.toContain("dermatologue");
  });

  it.each([
    ["a model query", { code: "P1001" }],
    [
      "a raw query",
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
    ],
  ])("answers an unreachable database during %s with 503", (_label, fields) => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = toErrorResponse(Object.assign(new Error("Can't reach database"), fields));
    expect(response.status).toBe(503);
  });
});

describe("a database outage", () => {
  afterEach(() => vi.restoreAllMocks());

  const terminated = Object.assign(new Error("terminating connection"), {
    name: "PrismaClientKnownRequestError",
    code: "P2010",
    meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
  });
  const unreachable = Object.assign(new Error("Can't reach database server at db:5432"), {
    name: "PrismaClientKnownRequestError",
    code: "P1001",
  });

  it.each([
    ["a server shutting down mid-request", terminated],
    ["an unreachable server", unreachable],
    ["an outage lib/db already recognised", new DatabaseUnavailableError("P1001")],
  ])("answers %s with 503 and Retry-After, logging one line without stack", async (_l, error) => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = toErrorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await bodyOf(response)).error.code).toBe("SERVICE_UNAVAILABLE");
    expect(log).toHaveBeenCalledTimes(1);
    const line = log.mock.calls[0].join(" ");
    expect(line).toMatch(/^\[praxis\] database unavailable ref=\w+ P\d{4}/);
    expect(line).not.toContain("\n");
    expect(line).not.toContain(" at ");
    expect(line).not.toContain("db:5432");
  });

  it("answers a connection pg lost under a query with 503, logged as one line", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = toErrorResponse(new Error("Connection terminated unexpectedly"));
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).error.code).toBe("SERVICE_UNAVAILABLE");
    expect(log.mock.calls[0].join(" ")).toMatch(
      /^\[praxis\] database unavailable ref=\w+ connection lost$/,
    );
  });

  it("gives pages a marked error that logs as one line", () => {
    const error = new DatabaseUnavailableError("P1001 DatabaseNotReachable");
    expect((error as unknown as { digest: string }).digest).toBe("PRAXIS_SERVICE_UNAVAILABLE");
    expect(error.stack).toBe("DatabaseUnavailable: P1001 DatabaseNotReachable");
    expect(Object.keys(error)).toEqual([]);
  });
});

describe("toActionFailure", () => {
  it("carries the code, message and field errors, not the status", () => {
    const parsed = z.object({ name: z.string() }).safeParse({});
    expect(toActionFailure(parsed.error)).toEqual({
      ok: false,
      code: "VALIDATION_FAILED",
      message: "Certains champs sont invalides.",
      fieldErrors: { name: [expect.any(String)] },
    });
  });

  it("lets an AppError name a more precise catalogue message, in the caller's language", () => {
    const error = new AppError("SLOT_UNAVAILABLE", { messageKey: "booking.refusals.IN_PAST" });
    expect(toActionFailure(error)).toEqual({
      ok: false,
      code: "SLOT_UNAVAILABLE",
      message: "Ce créneau est déjà passé.",
    });
    expect(toActionFailure(error, "en").message).toBe("This slot is already in the past.");
    expect(toActionFailure(error, "de").message).toBe(
      "Dieser Termin liegt bereits in der Vergangenheit.",
    );
  });

  it("fills a message's placeholders and keeps the code in every language", () => {
    const error = new AppError("BAD_REQUEST", {
      messageKey: "errors.detail.unknownParameter",
      values: { names: '"x"', accepted: "q" },
    });
    expect(toActionFailure(error, "en")).toMatchObject({
      code: "BAD_REQUEST",
      message: 'Unknown parameter: "x". Accepted parameters: q.',
    });
  });

  it("puts whole-input issues under _form", () => {
    const parsed = z.string().safeParse(42);
    expect(toActionFailure(parsed.error).fieldErrors).toEqual({ _form: [expect.any(String)] });
  });
});
