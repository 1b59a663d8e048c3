import { defineOperation } from "@/lib/openapi/operation";
import { bookingRulesSchema } from "../schemas";
import { bookingRulesResponseSchema } from "./settings-schemas";

export const saveBookingRulesOperation = defineOperation({
  method: "put",
  path: "/api/v1/practitioner/booking-rules",
  operationId: "saveBookingRules",
  tag: "Practice",
  summary: "Change the online booking rules; search and availability follow at once",
  session: true,
  body: bookingRulesSchema,
  response: { status: 200, description: "Saved", schema: bookingRulesResponseSchema },
  errors: { 403: "A secretary: settings are the practitioner's own" },
});
