import { bookAppointment } from "@/lib/appointments/book-appointment";
import { readIdempotencyKey, replayedHeaders } from "@/lib/appointments/http";
import { bookAppointmentInputSchema } from "@/lib/appointments/schemas";
import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// POST /api/v1/appointments: books a slot. A retry with the same Idempotency-Key and body
// gets the first answer again (marked Idempotent-Replayed), never a second appointment.
export const POST = route(
  { auth: "user", body: bookAppointmentInputSchema },
  async ({ request, user, body }) => {
    const idempotencyKey = readIdempotencyKey(request);
    const { status, body: answer, replayed } = await bookAppointment(user, body, idempotencyKey);
    return jsonResponse(answer, { status, headers: replayedHeaders(replayed) });
  },
);
