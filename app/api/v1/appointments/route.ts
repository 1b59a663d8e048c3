import { bookAppointment } from "@/lib/appointments/book-appointment";
import {
  appointmentErrorResponse,
  jsonResponse,
  readIdempotencyKey,
  readJsonBody,
} from "@/lib/appointments/http";
import { bookAppointmentInputSchema } from "@/lib/appointments/schemas";
import { requireApiUser } from "@/lib/auth/session";

// POST /api/v1/appointments: books a slot. A retry with the same Idempotency-Key and body
// gets the first answer again (marked Idempotent-Replayed), never a second appointment.
export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requireApiUser(request);
    const idempotencyKey = readIdempotencyKey(request);
    const input = await readJsonBody(request, bookAppointmentInputSchema);
    const { status, body, replayed } = await bookAppointment(user, input, idempotencyKey);
    return jsonResponse(status, body, replayed ? { "Idempotent-Replayed": "true" } : {});
  } catch (error) {
    return appointmentErrorResponse(error, request);
  }
}
