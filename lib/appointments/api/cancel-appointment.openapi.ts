import { defineOperation } from "@/lib/openapi/operation";
import { appointmentIdParams } from "../schemas";
import { appointmentResponseSchema } from "./appointment-schemas";

export const cancelAppointmentOperation = defineOperation({
  method: "post",
  path: "/api/v1/appointments/{id}/cancel",
  operationId: "cancelAppointment",
  tag: "Appointments",
  summary: "Cancel an appointment, until the practitioner's cancellation deadline",
  session: true,
  params: appointmentIdParams,
  response: { status: 200, description: "Cancelled", schema: appointmentResponseSchema },
  errors: {
    404: "No such appointment, or another account's",
    409: "CANCELLATION_TOO_LATE (past the practitioner's deadline) or CONFLICT (no longer booked)",
  },
});
