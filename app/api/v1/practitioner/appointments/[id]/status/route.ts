import { changeAppointmentStatus } from "@/lib/appointments/practice/change-appointment-status";
import {
  practiceAppointmentIdParams,
  statusChangeInputSchema,
} from "@/lib/appointments/practice/schemas";
import { route } from "@/lib/http/route";

// POST /api/v1/practitioner/appointments/{id}/status: arrived, seen, no-show, or undo.
export const POST = route(
  {
    auth: ["PRACTITIONER", "SECRETARY"],
    params: practiceAppointmentIdParams,
    body: statusChangeInputSchema,
  },
  async ({ user, params, body }) => ({
    appointment: await changeAppointmentStatus(user, params.id, body),
  }),
);
