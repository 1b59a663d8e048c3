import { readOptionalIdempotencyKey, replayedHeaders } from "@/lib/appointments/http";
import { rescheduleAppointment } from "@/lib/appointments/reschedule-appointment";
import { appointmentIdParams, rescheduleAppointmentInputSchema } from "@/lib/appointments/schemas";
import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// POST /api/v1/appointments/{id}/reschedule: the new appointment is booked and this one
// cancelled in one transaction; the answer is the new appointment. An Idempotency-Key is
// optional here: with one, a retry of a move that succeeded gets the same answer.
export const POST = route(
  { auth: "user", params: appointmentIdParams, body: rescheduleAppointmentInputSchema },
  async ({ request, user, params, body }) => {
    const idempotencyKey = readOptionalIdempotencyKey(request);
    const { appointment, replayed } = await rescheduleAppointment(user, params.id, body, {
      idempotencyKey,
    });
    return jsonResponse({ appointment }, { status: 201, headers: replayedHeaders(replayed) });
  },
);
