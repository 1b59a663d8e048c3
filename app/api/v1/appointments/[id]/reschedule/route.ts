import { appointmentErrorResponse, jsonResponse, readJsonBody } from "@/lib/appointments/http";
import { rescheduleAppointment } from "@/lib/appointments/reschedule-appointment";
import { rescheduleAppointmentInputSchema } from "@/lib/appointments/schemas";
import { requireApiUser } from "@/lib/auth/session";

// POST /api/v1/appointments/{id}/reschedule: the new appointment is booked and this one
// cancelled in one transaction; the answer is the new appointment.
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const user = await requireApiUser(request);
    const input = await readJsonBody(request, rescheduleAppointmentInputSchema);
    const appointment = await rescheduleAppointment(user, (await params).id, input);
    return jsonResponse(201, { appointment });
  } catch (error) {
    return appointmentErrorResponse(error);
  }
}
