import { z } from "zod";
import { MS_PER_DAY } from "@/lib/utils/zoned-time";

// Availability requests as they arrive from a page or an action, bounded so that one
// request cannot make the server compute months of slots for hundreds of practitioners.

export const MAX_PRACTITIONERS_PER_REQUEST = 50;
export const MAX_WINDOW_DAYS = 62;

export const availabilityQuerySchema = z
  .object({
    practitionerIds: z.array(z.uuid()).min(1).max(MAX_PRACTITIONERS_PER_REQUEST),
    motiveId: z.uuid().optional(),
    from: z.coerce.date(),
    to: z.coerce.date(),
  })
  .refine(
    ({ from, to }) => from < to && to.getTime() - from.getTime() <= MAX_WINDOW_DAYS * MS_PER_DAY,
    {
      path: ["to"],
      message: `La période doit être comprise entre 1 minute et ${MAX_WINDOW_DAYS} jours.`,
    },
  );

export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;
