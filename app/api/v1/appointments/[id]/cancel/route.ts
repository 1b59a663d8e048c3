import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { appointmentErrorResponse, jsonResponse } from "@/lib/appointments/http";
import { requireApiUser } from "@/lib/auth/session";

// POST /api/v1/appointments/{id}/cancel: until the practitioner's cancellation deadline.
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const user = await requireApiUser(request);
    const appointment = await cancelAppointment(user, (await params).id);
    return jsonResponse(200, { appointment });
  } catch (error) {
    return appointmentErrorResponse(error, request);
  }
}
