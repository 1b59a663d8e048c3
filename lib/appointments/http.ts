import "server-only";
import type { z } from "zod";
import { AppError, toActionFailure, toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { readLimitedText } from "@/lib/http/read-limited-body";
import { idempotencyKeySchema } from "./schemas";
import { SlotTakenError } from "./slot-taken";

// What the appointment route handlers share: headers, bodies and error answers.

// A booking body is about 200 bytes; anything near this is not one.
const MAX_BODY_BYTES = 4 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };

export function readIdempotencyKey(request: Request): string {
  const parsed = idempotencyKeySchema.safeParse(request.headers.get("idempotency-key"));
  if (!parsed.success) throw new AppError("IDEMPOTENCY_KEY_INVALID");
  return parsed.data;
}

/** The Idempotency-Key where it is optional: undefined when absent, 400 when malformed. */
export function readOptionalIdempotencyKey(request: Request): string | undefined {
  return request.headers.has("idempotency-key") ? readIdempotencyKey(request) : undefined;
}

/** A small JSON body, parsed with `schema`: 413, 415, 400 (not JSON) or 422 otherwise. */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.output<Schema>> {
  const mediaType = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const text = await readLimitedText(request, MAX_BODY_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", { messageKey: "errors.detail.invalidJson" });
  }
  return schema.parse(json);
}

export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * toErrorResponse in the language the request accepts (French by default), plus the next
 * free slots when the requested one was taken.
 */
export function appointmentErrorResponse(error: unknown, request: Request): Response {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  if (error instanceof SlotTakenError) {
    const { message } = toActionFailure(error, locale);
    return jsonResponse(409, {
      error: { code: error.code, message, nextSlots: error.nextSlots },
    });
  }
  return toErrorResponse(error, locale);
}
