import { bookAppointment } from "@/lib/appointments/book-appointment";
import { toBookingInput } from "@/lib/appointments/book-by-request";
import { readIdempotencyKey, replayedHeaders } from "@/lib/appointments/http";
import { bookAppointmentRequestSchema } from "@/lib/appointments/schemas";
import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// POST /api/v1/appointments: books a slot. A retry with the same Idempotency-Key and body
// gets the first answer again (marked Idempotent-Replayed), never a second appointment.
export const POST = route(
  { auth: "user", body: bookAppointmentRequestSchema },
  async ({ request, user, body }) => {
    const idempotencyKey = readIdempotencyKey(request);
    const input = await toBookingInput(body);
    const { status, body: answer, replayed } = await bookAppointment(user, input, idempotencyKey);
    return jsonResponse(answer, { status, headers: replayedHeaders(replayed) });
  },
);
