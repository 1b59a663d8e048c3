import { appointmentErrorResponse, jsonResponse } from "@/lib/appointments/http";
import { listMyAppointments } from "@/lib/appointments/list-my-appointments";
import { requireApiUser } from "@/lib/auth/session";

// GET /api/v1/me/appointments: the account's appointments, upcoming and past.
export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireApiUser(request);
    return jsonResponse(200, await listMyAppointments(user));
  } catch (error) {
    return appointmentErrorResponse(error, request);
  }
}
