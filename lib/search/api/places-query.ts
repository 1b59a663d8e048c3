import { z } from "zod";
import { SEARCH_TEXT_MAX_LENGTH } from "../schemas";

// GET /api/v1/places?q=: what the place field has typed so far. Client-safe.
export const placesQueryShape = {
  q: z
    .string({ error: "search.errors.placeQueryOnce" })
    .trim()
    .min(1, "search.errors.placeQueryRequired")
    .max(SEARCH_TEXT_MAX_LENGTH, "search.errors.tooLong")
    .describe("The beginning of a French town's name or of a postcode"),
};

export const placesQuerySchema = z.object(placesQueryShape);
