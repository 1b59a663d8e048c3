import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { specialty } from "./shared-schemas";

export const specialtiesResponseSchema = z.strictObject({
  specialties: z.array(specialty.extend({ synonyms: z.array(z.string()) })),
});

export const listSpecialtiesOperation = defineOperation({
  method: "get",
  path: "/api/v1/specialties",
  operationId: "listSpecialties",
  tag: "Search",
  summary: "List the specialties",
  description: "Their slugs are what the specialty parameter of a search takes.",
  session: false,
  query: z.object({}),
  response: { status: 200, description: "The specialties", schema: specialtiesResponseSchema },
});
