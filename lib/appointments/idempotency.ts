import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { findByIdempotencyKey, type StoredAnswer } from "./queries";

// A client that lost an answer retries with the same Idempotency-Key: it gets the first
// answer again (same status, same body) and nothing is booked twice. Only successful
// bookings are stored: a refused request wrote nothing, so retrying it simply runs again.

export type StoredResponse<Body> = { status: number; body: Body };

// jsonb reorders object keys; the body is kept as JSON text so a replay is byte-identical.
type StoredRecord = { status: number; bodyText: string };

export function toStoredRecord(response: StoredResponse<unknown>): StoredRecord {
  return { status: response.status, bodyText: JSON.stringify(response.body) };
}

/** The request's identity, whatever the JSON key order or time notation it was sent in. */
export function hashRequest(fields: readonly (string | Date)[]): string {
  const canonical = JSON.stringify(
    fields.map((field) => (field instanceof Date ? field.toISOString() : field)),
  );
  return createHash("sha256").update(canonical).digest("hex");
}

/** The stored answer for this key, null when the key is new; 422 when it served another request. */
export async function findReplay<Body>(
  userId: string,
  idempotencyKey: string,
  requestHash: string,
): Promise<StoredResponse<Body> | null> {
  return replayOf(await findByIdempotencyKey(userId, idempotencyKey), requestHash);
}

/** The answer to replay from what the key stored (null: a new key). */
export function replayOf<Body>(
  stored: StoredAnswer | null,
  requestHash: string,
): StoredResponse<Body> | null {
  if (!stored) return null;
  if (stored.requestHash !== requestHash) throw new AppError("IDEMPOTENCY_KEY_REUSED");
  const { status, bodyText } = stored.idempotentResponse as StoredRecord;
  return { status, body: JSON.parse(bodyText) as Body };
}
