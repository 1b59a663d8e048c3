import { z } from "zod";
import { blankAsMissing } from "@/lib/utils/form-fields";

// Query parameters of GET /api/v1/practitioners/{slug}/availability. Client-safe.

export const MAX_AVAILABILITY_RANGE_DAYS = 31;
export const DEFAULT_AVAILABILITY_RANGE_DAYS = 7;

const isoDate = (description: string) =>
  z.preprocess(
    blankAsMissing,
    z.iso.date({ error: "Date attendue au format AAAA-MM-JJ." }).optional().describe(description),
  );

export const availabilityQueryShape = {
  from: isoDate(
    "Premier jour (AAAA-MM-JJ, dans le fuseau du praticien) ; défaut : aujourd’hui. Aucun créneau ne commence avant maintenant : une période entièrement passée répond 200 sans créneau.",
  ),
  to: isoDate(
    `Dernier jour inclus (AAAA-MM-JJ) ; défaut : ${DEFAULT_AVAILABILITY_RANGE_DAYS} jours en tout, ${MAX_AVAILABILITY_RANGE_DAYS} au plus.`,
  ),
  motive: z.preprocess(
    blankAsMissing,
    z
      .uuid({ error: "Identifiant de motif invalide." })
      .optional()
      .describe(
        "Motif de consultation (id) ; défaut : le plus court, dont la grille est la plus fine.",
      ),
  ),
};

export const availabilityQuerySchema = z
  .object(availabilityQueryShape)
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "La date de fin doit suivre la date de début.",
  });

export type AvailabilityQuery = z.output<typeof availabilityQuerySchema>;
