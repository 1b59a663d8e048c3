import { z } from "zod";
import { SEARCH_TEXT_MAX_LENGTH } from "../schemas";

// GET /api/v1/places?q=: what the place field has typed so far. Client-safe.
export const placesQueryShape = {
  q: z
    .string({ error: "Paramètre q obligatoire (une seule fois)." })
    .trim()
    .min(1, "Paramètre q obligatoire.")
    .max(SEARCH_TEXT_MAX_LENGTH, `${SEARCH_TEXT_MAX_LENGTH} caractères au plus.`)
    .describe("Début d’un nom de commune ou d’un code postal"),
};

export const placesQuerySchema = z.object(placesQueryShape);
