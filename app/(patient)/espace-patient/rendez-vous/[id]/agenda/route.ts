import { getMyAppointmentCalendar } from "@/lib/appointments/get-my-appointment";
import { appointmentIdParams } from "@/lib/appointments/schemas";
import { PRIVATE_NO_STORE } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// "Ajouter à mon agenda": the appointment as a neutral .ics file, for its owner only.
export const GET = route(
  { auth: "user", params: appointmentIdParams, cacheControl: PRIVATE_NO_STORE },
  async ({ user, params }) =>
    new Response(await getMyAppointmentCalendar(user, params.id), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="rendez-vous.ics"',
      },
    }),
);
