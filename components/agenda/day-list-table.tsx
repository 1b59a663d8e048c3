import { useTranslations } from "next-intl";
import type { AgendaAppointment } from "@/lib/agenda/agenda-types";
import { formatMinuteOfDay, localDateTimeAt } from "@/lib/utils/zoned-time";
import { patientName } from "./appointment-text";
import { MotiveSwatch } from "./motive-swatch";

type DayListTableProps = { appointments: AgendaAppointment[]; timeZone: string };

// The day's patients as a table: time, name, motive, phone, status. On a phone each row
// becomes a card; on paper it is a plain table.
export function DayListTable({ appointments, timeZone }: DayListTableProps) {
  const t = useTranslations("agenda");
  if (appointments.length === 0) return <p className="text-slate-800">{t("list.empty")}</p>;
  const cell = "block px-3 py-1 sm:table-cell sm:py-2 print:table-cell print:py-1";
  return (
    <table className="w-full border-collapse text-left text-sm">
      <thead className="sr-only sm:not-sr-only print:not-sr-only">
        <tr className="border-b border-slate-300">
          {(["time", "patient", "motive", "phone", "status"] as const).map((key) => (
            <th key={key} scope="col" className="px-3 py-2 font-semibold text-slate-900">
              {t(`list.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {appointments.map((appointment) => (
          <tr
            key={appointment.id}
            className="mb-3 block rounded-lg border border-slate-200 sm:table-row sm:rounded-none sm:border-x-0 sm:border-t-0 print:table-row print:break-inside-avoid"
          >
            <td className={`${cell} font-semibold`}>
              {formatMinuteOfDay(
                localDateTimeAt(Date.parse(appointment.startsAt), timeZone).minute,
              )}
            </td>
            <td className={cell}>{patientName(appointment, t("grid.noPatientName"))}</td>
            <td className={cell}>
              <span className="inline-flex items-center gap-1.5">
                <MotiveSwatch color={appointment.motive.color} />
                {appointment.motive.name}
              </span>
            </td>
            <td className={cell}>{appointment.patient.phone}</td>
            <td className={cell}>{t(`status.${appointment.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
