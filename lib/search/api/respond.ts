import "server-only";
import type { z } from "zod";
import { fieldError } from "@/lib/errors";
import type { SearchOutcome } from "../search-practitioners";

// Answers of the /api/v1 handlers. Search values stay out of shared caches (no-store);
// reference data may be cached by anyone.

export const NO_STORE = "no-store";
export const CACHEABLE = "public, max-age=3600";

export function jsonOk(body: unknown, cacheControl: string): Response {
  return Response.json(body, { headers: { "Cache-Control": cacheControl } });
}

/** Why a search gave no list, as a validation failure naming the parameter (422). */
export function searchRefusal(outcome: Exclude<SearchOutcome, { kind: "results" }>): z.ZodError {
  const [path, message] =
    outcome.kind === "needs-criteria"
      ? ["q", "search.errors.needsCriteria"]
      : outcome.kind === "unknown-place"
        ? ["place", "search.errors.unknownPlace"]
        : ["specialty", "search.errors.unknownSpecialty"];
  return fieldError(path, message);
}
