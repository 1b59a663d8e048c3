import { defineOperation } from "@/lib/openapi/operation";
import { bookingRulesResponseSchema } from "./settings-schemas";

export const getBookingRulesOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/booking-rules",
  operationId: "getBookingRules",
  tag: "Practice",
  summary: "The signed-in practitioner's online booking rules",
  session: true,
  response: { status: 200, description: "Booking rules", schema: bookingRulesResponseSchema },
  errors: { 403: "A secretary: settings are the practitioner's own" },
});
