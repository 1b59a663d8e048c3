import "server-only";
import type { z } from "zod";
import { fieldError } from "@/lib/errors";
import type { SearchOutcome } from "../search-practitioners";

/** Why a search gave no list, as a validation failure naming the parameter (422). */
export function searchRefusal(outcome: Exclude<SearchOutcome, { kind: "results" }>): z.ZodError {
  const [path, message] =
    outcome.kind === "needs-criteria"
      ? ["q", "Indiquez une spécialité, un nom ou un lieu (q, specialty ou place)."]
      : outcome.kind === "unknown-place"
        ? ["place", "Lieu inconnu : indiquez un code postal ou un libellé de /api/v1/places."]
        : ["specialty", "Spécialité inconnue : voir /api/v1/specialties."];
  return fieldError(path, message);
}
