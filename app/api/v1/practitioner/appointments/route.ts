import { listPracticeAppointments } from "@/lib/agenda/list-practice-appointments";
import { agendaRangeQuerySchema } from "@/lib/agenda/schemas";
import { readIdempotencyKey, replayedHeaders } from "@/lib/appointments/http";
import { bookByPractice } from "@/lib/appointments/practice/book-by-practice";
import { practiceBookingInputSchema } from "@/lib/appointments/practice/schemas";
import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// GET /api/v1/practitioner/appointments?from&to[&practitionerId]: an agenda's appointments.
export const GET = route(
  { auth: ["PRACTITIONER", "SECRETARY"], query: agendaRangeQuerySchema },
  ({ user, query }) => listPracticeAppointments(user, query, new Date()),
);

// POST /api/v1/practitioner/appointments: the practice books a patient. A retry with the
// same Idempotency-Key and body gets the first answer again, never a second appointment.
export const POST = route(
  { auth: ["PRACTITIONER", "SECRETARY"], body: practiceBookingInputSchema },
  async ({ request, user, body }) => {
    const idempotencyKey = readIdempotencyKey(request);
    const { status, body: answer, replayed } = await bookByPractice(user, body, { idempotencyKey });
    return jsonResponse(answer, { status, headers: replayedHeaders(replayed) });
  },
);
