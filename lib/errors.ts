import "server-only";
import { z } from "zod";
import { jsonResponse } from "@/lib/http/respond";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_DIGEST } from "@/lib/utils/service-unavailable";

// Every expected failure has a stable code and an HTTP status; what a person reads comes
// from the message catalogue ("errors.<CODE>"), in the language of the page or request.
const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SLOT_TAKEN: 409,
  IDEMPOTENCY_KEY_INVALID: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  SLOT_UNAVAILABLE: 422,
  CANCELLATION_TOO_LATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof ERROR_STATUS;

type AppErrorOptions = {
  messageKey?: string;
  values?: MessageValues;
  cause?: unknown;
  /** Extra keys of the HTTP error body that help the caller recover (e.g. nextSlots). */
  details?: Record<string, unknown>;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** A catalogue key more precise than "errors.<code>", for the person reading it. */
  readonly messageKey?: string;
  /** Values the message's placeholders take (never personal data: they reach logs). */
  readonly values?: MessageValues;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    // The Error's own message is for logs only: the code, never personal data.
    super(code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.messageKey = options.messageKey;
    this.values = options.values;
    this.details = options.details;
  }
}

/**
 * The database is away (unreachable, restarting, saturated). lib/db.ts turns the driver's
 * error into this one, so a page shows the "momentarily unavailable" page (by its digest)
 * and every log gets one line naming the cause, never a stack: the frames say nothing more,
 * and an outage makes one line per request.
 */
export class DatabaseUnavailableError extends AppError {
  constructor(readonly detail: string) {
    super("SERVICE_UNAVAILABLE");
    this.name = "DatabaseUnavailable";
    this.stack = `DatabaseUnavailable: ${detail}`;
    // Not enumerable, so a logged error stays one line; Next keeps a digest that is set.
    for (const key of Object.keys(this)) {
      Object.defineProperty(this, key, { enumerable: false });
    }
    Object.defineProperty(this, "digest", { value: SERVICE_UNAVAILABLE_DIGEST });
  }
}

type MessageValues = Record<string, string | number>;

// Dotted field path ("relatives.0.firstName") → messages; "_form" holds whole-input issues.
export type FieldErrors = Record<string, string[]>;

type ErrorOutcome = {
  status: number;
  code: AppErrorCode;
  /** Catalogue key of the message; field errors hold keys too until translated. */
  messageKey: string;
  values?: MessageValues;
  fieldErrors?: FieldErrors;
  // Lets support match a generic 500 with its server log line.
  reference?: string;
  details?: Record<string, unknown>;
};

// A unique violation (23505, Prisma P2002) or an exclusion violation (23P01, e.g. an
// overlapping appointment) means someone else got there first: a conflict, not a bug.
const CONFLICT_SQLSTATES = new Set(["23505", "23P01"]);

// The database is unreachable, timed out or saturated: worth a retry later. Raw queries
// report this as P2010, so the driver adapter's error kind is checked as well.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
// SQLSTATEs of a server going away: class 08 (connection exception), 57P01–57P03 (shutdown,
// crash, not accepting connections yet: a restart), 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

// A socket that died under a query (the server restarted, the network dropped it) reaches
// us from pg as a plain Error, with neither SQLSTATE nor adapter kind: its message is all
// there is. Node's own socket errors carry a code.
const CONNECTION_LOST = /^Connection terminated/;
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);

function isConnectionLost(error: unknown): boolean {
  return (
    (error instanceof Error && CONNECTION_LOST.test(error.message)) ||
    UNAVAILABLE_SOCKET_CODES.has(String(readProperty(error, "code")))
  );
}

/** Whether an error means the database is away rather than that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  return (
    UNAVAILABLE_PRISMA_CODES.has(String(readProperty(error, "code"))) ||
    UNAVAILABLE_ADAPTER_KINDS.has(String(driverAdapterCause(error)?.kind)) ||
    UNAVAILABLE_SQLSTATE.test(sqlStateOf(error) ?? "") ||
    isConnectionLost(error)
  );
}

/**
 * "P1001 DatabaseNotReachable", "P2010 57P01", "ECONNRESET", "connection lost": codes only,
 * never a message or a host.
 */
export function outageDetail(error: unknown): string {
  const cause = driverAdapterCause(error);
  const parts = [readProperty(error, "code"), cause?.kind, cause?.originalCode];
  const detail = parts.filter((part) => typeof part === "string" && part !== "postgres").join(" ");
  return detail || (isConnectionLost(error) ? "connection lost" : "");
}

function classifyError(error: unknown): ErrorOutcome {
  if (error instanceof z.core.$ZodError) {
    return { ...outcomeOf("VALIDATION_FAILED"), fieldErrors: toFieldErrors(error.issues) };
  }
  if (isDatabaseUnavailable(error)) {
    return { ...outcomeOf("SERVICE_UNAVAILABLE"), reference: logOutage(error) };
  }
  if (error instanceof AppError) {
    return {
      status: error.status,
      code: error.code,
      messageKey: error.messageKey ?? `errors.${error.code}`,
      values: error.values,
      details: error.details,
    };
  }
  const code = readProperty(error, "code");
  if (code === "P2002" || CONFLICT_SQLSTATES.has(sqlStateOf(error) ?? "")) {
    return outcomeOf("CONFLICT");
  }
  // Prisma's "record to update or delete was not found" looks like any other 404, so ids
  // cannot be probed.
  if (code === "P2025") return outcomeOf("NOT_FOUND");
  return { ...outcomeOf("INTERNAL"), reference: logUnexpectedError(error) };
}

// Body: { error: { code, message, fields?, reference?, ...details } } (undefined keys are
// dropped); the code never changes, the message follows the request's language. A 503 (the
// database is away) says when to retry. lib/http/route.ts is the one caller for route handlers.
export function toErrorResponse(error: unknown, locale: Locale = DEFAULT_LOCALE): Response {
  const { status, code, message, fieldErrors, reference, details } = translateOutcome(
    classifyError(error),
    locale,
  );
  const headers: Record<string, string> =
    status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {};
  return jsonResponse(
    { error: { code, message, fields: fieldErrors, reference, ...details } },
    { status, headers },
  );
}

export type ActionFailure = {
  ok: false;
  code: AppErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  reference?: string;
};

export type ActionResult<T = void> =
  ([T] extends [void] ? { ok: true } : { ok: true; data: T }) | ActionFailure;

export function toActionFailure(error: unknown, locale: Locale = DEFAULT_LOCALE): ActionFailure {
  const { code, message, fieldErrors, reference } = translateOutcome(classifyError(error), locale);
  return {
    ok: false,
    code,
    message,
    ...(fieldErrors && { fieldErrors }),
    ...(reference && { reference }),
  };
}

function outcomeOf(code: AppErrorCode): ErrorOutcome {
  return { code, status: ERROR_STATUS[code], messageKey: `errors.${code}` };
}

type TranslatedOutcome = Omit<ErrorOutcome, "messageKey"> & { message: string };

// Schemas and use cases speak in catalogue keys; this is where they become words. A message
// that is not a key (a library's own) is passed through as it is.
function translateOutcome(outcome: ErrorOutcome, locale: Locale): TranslatedOutcome {
  const t = translatorFor(locale);
  const say = (key: string, values?: MessageValues) =>
    t.has(key as never) ? t(key as never, values as never) : key;
  const { messageKey, values, fieldErrors, ...rest } = outcome;
  return {
    ...rest,
    message: say(messageKey, values),
    ...(fieldErrors && {
      fieldErrors: Object.fromEntries(
        Object.entries(fieldErrors).map(([field, keys]) => [field, keys.map((key) => say(key))]),
      ),
    }),
  };
}

function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/**
 * A failure tied to one field, shaped like a schema failure so that toErrorResponse answers
 * 422 with the message under that field. For checks a schema cannot make alone.
 */
export function fieldError(field: string, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

// What the pg driver adapter reported ({ kind, originalCode, … }). Prisma keeps its error
// in `meta.driverAdapterError` (P2010 for raw queries, P2039 for model queries); a bare
// DriverAdapterError keeps it in `cause`.
export function driverAdapterCause(error: unknown): Record<string, unknown> | undefined {
  const adapterError = readProperty(readProperty(error, "meta"), "driverAdapterError") ?? error;
  const cause = readProperty(adapterError, "cause");
  return typeof cause === "object" && cause !== null
    ? (cause as Record<string, unknown>)
    : undefined;
}

// Prisma's own codes for the SQLSTATEs it reports without the driver's error.
const PRISMA_SQLSTATES: Record<string, string> = { P2002: "23505", P2034: "40001" };

/**
 * The SQLSTATE behind a Prisma or driver error (23P01: overlap, 23505: unique…):
 * node-postgres errors, unwrapped, carry it in `code`.
 */
export function sqlStateOf(error: unknown): string | undefined {
  const originalCode = driverAdapterCause(error)?.originalCode;
  if (typeof originalCode === "string") return originalCode;
  const code = readProperty(error, "code");
  if (typeof code !== "string") return undefined;
  return PRISMA_SQLSTATES[code] ?? (/^[0-9A-Z]{5}$/.test(code) ? code : undefined);
}

function readProperty(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

// Logs the error's kind and stack frames only: Prisma messages echo query arguments, which
// can be health data, and request data is never logged.
function logUnexpectedError(error: unknown): string {
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[praxis] unexpected error ref=${reference}`, summariseForLog(error));
  return reference;
}

function logOutage(error: unknown): string {
  const reference = crypto.randomUUID().slice(0, 8);
  const detail = error instanceof DatabaseUnavailableError ? error.detail : outageDetail(error);
  console.error(`[praxis] database unavailable ref=${reference} ${detail}`.trimEnd());
  return reference;
}

function summariseForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const fromPrisma = error.name.startsWith("PrismaClient");
  return {
    name: error.name,
    code: readProperty(error, "code"),
    message: fromPrisma ? undefined : error.message,
    frames: error.stack?.split("\n").filter((line) => line.trimStart().startsWith("at ")),
  };
}
