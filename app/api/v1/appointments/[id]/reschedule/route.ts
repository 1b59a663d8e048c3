import {
  appointmentErrorResponse,
  jsonResponse,
  readJsonBody,
  readOptionalIdempotencyKey,
} from "@/lib/appointments/http";
import { rescheduleAppointment } from "@/lib/appointments/reschedule-appointment";
import { rescheduleAppointmentInputSchema } from "@/lib/appointments/schemas";
import { requireApiUser } from "@/lib/auth/session";

// POST /api/v1/appointments/{id}/reschedule: the new appointment is booked and this one
// cancelled in one transaction; the answer is the new appointment. An Idempotency-Key is
// optional here: with one, a retry of a move that succeeded gets the same answer.
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const user = await requireApiUser(request);
    const idempotencyKey = readOptionalIdempotencyKey(request);
    const input = await readJsonBody(request, rescheduleAppointmentInputSchema);
    const { appointment, replayed } = await rescheduleAppointment(user, (await params).id, input, {
      idempotencyKey,
    });
    return jsonResponse(201, { appointment }, replayed ? { "Idempotent-Replayed": "true" } : {});
  } catch (error) {
    return appointmentErrorResponse(error, request);
  }
}
