import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { appointmentIdParams } from "@/lib/appointments/schemas";
import { route } from "@/lib/http/route";

// POST /api/v1/appointments/{id}/cancel: until the practitioner's cancellation deadline.
export const POST = route(
  { auth: "user", params: appointmentIdParams },
  async ({ user, params }) => ({
    appointment: await cancelAppointment(user, params.id),
  }),
);
