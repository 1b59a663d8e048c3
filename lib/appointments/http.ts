import "server-only";
import { AppError } from "@/lib/errors";
import { idempotencyKeySchema } from "./schemas";

// The Idempotency-Key header of the booking and reschedule route handlers.

export function readIdempotencyKey(request: Request): string {
  const parsed = idempotencyKeySchema.safeParse(request.headers.get("idempotency-key"));
  if (!parsed.success) throw new AppError("IDEMPOTENCY_KEY_INVALID");
  return parsed.data;
}

/** The Idempotency-Key where it is optional: undefined when absent, 400 when malformed. */
export function readOptionalIdempotencyKey(request: Request): string | undefined {
  return request.headers.has("idempotency-key") ? readIdempotencyKey(request) : undefined;
}

export function replayedHeaders(replayed: boolean): Record<string, string> {
  return replayed ? { "Idempotent-Replayed": "true" } : {};
}
