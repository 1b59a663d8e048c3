import "server-only";
import type { z } from "zod";
import { fieldError } from "@/lib/errors";
import type { SearchOutcome } from "../search-practitioners";

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
