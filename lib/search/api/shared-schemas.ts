import { z } from "zod";
import { ConventionSector, PractitionerTitle } from "@/lib/generated/prisma/enums";

// Pieces shared by the answers of the public search API's operations. Client-safe.

export const isoInstant = z
  .string()
  .describe(
    "ISO 8601 instant with the practitioner's time-zone offset, e.g. 2026-12-01T09:00:00+01:00",
  );
export const isoDate = z.string().describe("A day of the practitioner's calendar, YYYY-MM-DD");

export const specialty = z.strictObject({ slug: z.string(), name: z.string() });
export const title = z.enum(PractitionerTitle);
export const conventionSector = z.enum(ConventionSector);

export const placeSchema = z.strictObject({
  code: z.string().describe("INSEE code of the commune"),
  name: z.string(),
  label: z.string().describe("Label to send back as is in the place parameter"),
  postcodes: z.array(z.string()),
  latitude: z.number(),
  longitude: z.number(),
  approximate: z.boolean().describe("Approximate position (centre of neighbouring communes)"),
});

export const practice = z.strictObject({
  id: z.uuid().describe("The practice's id (practiceId of a slot)"),
  name: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
});

export const practitionerId = z
  .uuid()
  .describe("The practitioner's id: practitionerId when booking (or use the slug)");
