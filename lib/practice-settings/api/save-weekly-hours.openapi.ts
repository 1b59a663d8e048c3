import { defineOperation } from "@/lib/openapi/operation";
import { weeklyHoursInputSchema } from "../schemas";
import { savedHoursResponseSchema } from "./settings-schemas";

export const saveWeeklyHoursOperation = defineOperation({
  method: "put",
  path: "/api/v1/practitioner/hours",
  operationId: "saveWeeklyHours",
  tag: "Practice",
  summary: "Replace one practice's weekly hours from a given day on",
  description:
    "Days before effectiveFrom keep their hours. Ranges that end before they start, run past midnight, overlap one another or overlap the practitioner's hours at another practice are refused with 422, and nothing changes. Booked appointments are never cancelled: those left outside the new hours are listed.",
  session: true,
  body: weeklyHoursInputSchema,
  response: { status: 200, description: "Saved", schema: savedHoursResponseSchema },
  errors: { 403: "A secretary: settings are the practitioner's own" },
});
