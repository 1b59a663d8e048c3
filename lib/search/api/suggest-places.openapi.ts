import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { placesQuerySchema } from "./places-query";
import { placeSchema } from "./shared-schemas";

export const placesResponseSchema = z.strictObject({ places: z.array(placeSchema) });

export const suggestPlacesOperation = defineOperation({
  method: "get",
  path: "/api/v1/places",
  operationId: "suggestPlaces",
  tag: "Search",
  summary: "Suggest French communes",
  description: "Answered from the communes shipped with Praxis: nothing is sent elsewhere.",
  session: false,
  query: placesQuerySchema,
  response: { status: 200, description: "Matching communes", schema: placesResponseSchema },
});
