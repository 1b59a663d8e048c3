import { toCsv } from "@/lib/agenda/csv";
import { exportDayList } from "@/lib/agenda/export-day-list";
import { dayListQuerySchema } from "@/lib/agenda/schemas";
import { route } from "@/lib/http/route";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { translatorFor } from "@/lib/i18n/translator";
import { formatMinuteOfDay, localDateTimeAt } from "@/lib/utils/zoned-time";

// GET /espace-praticien/jour.csv?date=YYYY-MM-DD[&praticien=…]: the day's list of patients
// with their phone, for a spreadsheet (logged as EXPORT_DAY_LIST). The file name carries the
// date only: nothing about the practice or its patients leaves in it.
export const GET = route(
  { auth: ["PRACTITIONER", "SECRETARY"], query: dayListQuerySchema },
  async ({ user, query, request }) => {
    const list = await exportDayList(
      user,
      { date: query.date, practitionerId: query.praticien },
      new Date(),
    );
    const t = translatorFor(negotiateLocale(request.headers.get("accept-language")));
    const clock = (iso: string) =>
      formatMinuteOfDay(localDateTimeAt(Date.parse(iso), list.calendar.timeZone).minute);
    const header = [
      "date",
      "start",
      "end",
      "lastName",
      "firstName",
      "motive",
      "phone",
      "status",
    ] as const;
    const rows = list.appointments.map((appointment) => [
      list.date,
      clock(appointment.startsAt),
      clock(appointment.endsAt),
      appointment.patient.lastName,
      appointment.patient.firstName,
      appointment.motive.name,
      appointment.patient.phone,
      t(`agenda.status.${appointment.status}`),
    ]);
    return new Response(toCsv([header.map((key) => t(`agenda.csv.${key}`)), ...rows]), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="agenda-${list.date}.csv"`,
      },
    });
  },
);
