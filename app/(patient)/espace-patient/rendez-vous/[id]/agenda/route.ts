import { getTranslations } from "next-intl/server";
import { getMyAppointmentCalendar } from "@/lib/appointments/get-my-appointment";
import { appointmentErrorResponse } from "@/lib/appointments/http";
import { requireApiUser } from "@/lib/auth/session";

// "Add to my calendar": the appointment as a neutral .ics file, for its owner only.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const user = await requireApiUser(request);
    const ics = await getMyAppointmentCalendar(user, (await params).id);
    const filename = (await getTranslations("mail.appointment"))("attachment");
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return appointmentErrorResponse(error);
  }
}
