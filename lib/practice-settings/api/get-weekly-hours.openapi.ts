import { defineOperation } from "@/lib/openapi/operation";
import { weeklyHoursResponseSchema } from "./settings-schemas";

export const getWeeklyHoursOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/hours",
  operationId: "getWeeklyHours",
  tag: "Practice",
  summary: "The signed-in practitioner's weekly hours, per practice",
  session: true,
  response: { status: 200, description: "Weekly hours", schema: weeklyHoursResponseSchema },
  errors: { 403: "A secretary: settings are the practitioner's own" },
});
