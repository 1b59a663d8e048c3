import { readOptionalIdempotencyKey, replayedHeaders } from "@/lib/appointments/http";
import { moveByPractice } from "@/lib/appointments/practice/move-by-practice";
import {
  practiceAppointmentIdParams,
  practiceMoveInputSchema,
} from "@/lib/appointments/practice/schemas";
import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// POST /api/v1/practitioner/appointments/{id}/move: to any free time inside opening hours.
export const POST = route(
  {
    auth: ["PRACTITIONER", "SECRETARY"],
    params: practiceAppointmentIdParams,
    body: practiceMoveInputSchema,
  },
  async ({ request, user, params, body }) => {
    const idempotencyKey = readOptionalIdempotencyKey(request);
    const { appointment, replayed } = await moveByPractice(user, params.id, body, {
      idempotencyKey,
    });
    return jsonResponse({ appointment }, { status: 201, headers: replayedHeaders(replayed) });
  },
);
