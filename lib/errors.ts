import "server-only";
import { z } from "zod";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_DIGEST } from "@/lib/utils/service-unavailable";

// Every expected failure has a code, an HTTP status and a French message safe to show.
const ERROR_CATALOGUE = {
  BAD_REQUEST: { status: 400, message: "La requête est invalide." },
  UNAUTHENTICATED: { status: 401, message: "Veuillez vous connecter pour continuer." },
  FORBIDDEN: { status: 403, message: "Vous n’avez pas accès à cette ressource." },
  NOT_FOUND: { status: 404, message: "Cette ressource est introuvable." },
  CONFLICT: {
    status: 409,
    message: "Cette opération entre en conflit avec des données existantes.",
  },
  SLOT_TAKEN: {
    status: 409,
    message: "Ce créneau vient d’être réservé. Veuillez en choisir un autre.",
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    message:
      "L’en-tête Idempotency-Key est obligatoire : 8 à 128 caractères parmi lettres, chiffres, - et _.",
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: "Cette clé d’idempotence a déjà servi pour une autre demande.",
  },
  SLOT_UNAVAILABLE: {
    status: 422,
    message: "Ce créneau n’est pas proposé. Veuillez en choisir un autre.",
  },
  CANCELLATION_TOO_LATE: {
    status: 409,
    message: "Ce rendez-vous ne peut plus être annulé ni déplacé en ligne. Contactez le cabinet.",
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: "Le contenu envoyé est trop volumineux." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Ce type de contenu n’est pas accepté." },
  VALIDATION_FAILED: { status: 422, message: "Certains champs sont invalides." },
  RATE_LIMITED: {
    status: 429,
    message: "Trop de requêtes. Veuillez réessayer dans un instant.",
  },
  INTERNAL: {
    status: 500,
    message: "Une erreur inattendue est survenue. Veuillez réessayer plus tard.",
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    message: "Le service est momentanément indisponible. Veuillez réessayer plus tard.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type AppErrorCode = keyof typeof ERROR_CATALOGUE;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;

  constructor(code: AppErrorCode, options: { message?: string; cause?: unknown } = {}) {
    super(options.message ?? ERROR_CATALOGUE[code].message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
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
    for (const key of ["name", "code", "status", "detail"] as const) {
      Object.defineProperty(this, key, { enumerable: false });
    }
    Object.defineProperty(this, "digest", { value: SERVICE_UNAVAILABLE_DIGEST });
  }
}

// Dotted field path ("relatives.0.firstName") → messages; "_form" holds whole-input issues.
export type FieldErrors = Record<string, string[]>;

type ErrorOutcome = {
  status: number;
  code: AppErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  // Lets support match a generic 500 with its server log line.
  reference?: string;
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

/** Whether an error means the database is away rather than that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  return (
    UNAVAILABLE_PRISMA_CODES.has(String(readProperty(error, "code"))) ||
    UNAVAILABLE_ADAPTER_KINDS.has(String(driverAdapterCause(error)?.kind)) ||
    UNAVAILABLE_SQLSTATE.test(sqlStateOf(error) ?? "")
  );
}

/** "P1001 DatabaseNotReachable", "P2010 57P01": codes only, never a message or a host. */
export function outageDetail(error: unknown): string {
  const cause = driverAdapterCause(error);
  const parts = [readProperty(error, "code"), cause?.kind, cause?.originalCode];
  return parts.filter((part) => typeof part === "string" && part !== "postgres").join(" ");
}

function classifyError(error: unknown): ErrorOutcome {
  if (error instanceof z.core.$ZodError) {
    return { ...outcomeOf("VALIDATION_FAILED"), fieldErrors: toFieldErrors(error.issues) };
  }
  if (isDatabaseUnavailable(error)) {
    return { ...outcomeOf("SERVICE_UNAVAILABLE"), reference: logOutage(error) };
  }
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message };
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

// Body: { error: { code, message, fields?, reference? } } (undefined keys are dropped).
export function toErrorResponse(error: unknown): Response {
  const { status, code, message, fieldErrors, reference } = classifyError(error);
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json(
    { error: { code, message, fields: fieldErrors, reference } },
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

export function toActionFailure(error: unknown): ActionFailure {
  const { code, message, fieldErrors, reference } = classifyError(error);
  return {
    ok: false,
    code,
    message,
    ...(fieldErrors && { fieldErrors }),
    ...(reference && { reference }),
  };
}

function outcomeOf(code: AppErrorCode): ErrorOutcome {
  return { code, ...ERROR_CATALOGUE[code] };
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
