import { defineOperation } from "@/lib/openapi/operation";
import { feedUrlResponseSchema } from "../schemas";

export const rotateCalendarFeedOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/calendar-feed",
  operationId: "rotateCalendarFeed",
  tag: "Practice",
  summary: "Create the private calendar feed, or give it a new secret URL",
  description:
    "The feed (/agenda/{token}.ics) holds the appointments of every agenda the account may view, from 30 days ago to 90 days ahead, titled without patient names or motives. Rotating makes the previous URL answer 404 at once.",
  session: true,
  response: { status: 200, description: "The new URL", schema: feedUrlResponseSchema },
  errors: { 404: "Not a practitioner or secretary account" },
});
