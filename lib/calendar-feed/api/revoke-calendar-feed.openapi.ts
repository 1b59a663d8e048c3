import { defineOperation } from "@/lib/openapi/operation";
import { feedRevokedResponseSchema } from "../schemas";

export const revokeCalendarFeedOperation = defineOperation({
  method: "delete",
  path: "/api/v1/practitioner/calendar-feed",
  operationId: "revokeCalendarFeed",
  tag: "Practice",
  summary: "Delete the private calendar feed",
  session: true,
  response: { status: 200, description: "Deleted", schema: feedRevokedResponseSchema },
  errors: { 404: "No feed, or not a practitioner or secretary account" },
});
