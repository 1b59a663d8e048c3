import { z } from "zod";
import { SEARCH_TEXT_MAX_LENGTH } from "../schemas";

// GET /api/v1/places?q=: what the place field has typed so far. Client-safe.
export const placesQueryShape = {
  q: z
    .string({ error: "Paramètre q obligatoire (une seule fois)." })
    .trim()
    .min(1, "Paramètre q obligatoire.")
    .max(SEARCH_TEXT_MAX_LENGTH, `${SEARCH_TEXT_MAX_LENGTH} caractères au plus.`)
    .describe("The beginning of a commune name or of a postcode"),
};

export const placesQuerySchema = z.object(placesQueryShape);
