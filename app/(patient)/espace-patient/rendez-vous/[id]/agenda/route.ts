import { getTranslations } from "next-intl/server";
import { getMyAppointmentCalendar } from "@/lib/appointments/get-my-appointment";
import { appointmentIdParams } from "@/lib/appointments/schemas";
import { PRIVATE_NO_STORE } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// "Add to my calendar": the appointment as a neutral .ics file, for its owner only.
export const GET = route(
  { auth: "user", params: appointmentIdParams, cacheControl: PRIVATE_NO_STORE },
  async ({ user, params }) => {
    const ics = await getMyAppointmentCalendar(user, params.id);
    const filename = (await getTranslations("mail.appointment"))("attachment");
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
      },
    });
  },
);
