import { cancelByPractice } from "@/lib/appointments/practice/cancel-by-practice";
import {
  practiceAppointmentIdParams,
  practiceCancelInputSchema,
} from "@/lib/appointments/practice/schemas";
import { route } from "@/lib/http/route";

// POST /api/v1/practitioner/appointments/{id}/cancel: with an optional message to the patient.
export const POST = route(
  {
    auth: ["PRACTITIONER", "SECRETARY"],
    params: practiceAppointmentIdParams,
    body: practiceCancelInputSchema,
  },
  async ({ user, params, body }) => ({
    appointment: await cancelByPractice(user, params.id, body),
  }),
);
