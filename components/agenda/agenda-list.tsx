import { useLocale, useTranslations } from "next-intl";
import type { AgendaColumn } from "@/lib/agenda/build-columns";
import { appointmentPanelHref, bookFreeTimeHref } from "@/lib/agenda/links";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDay } from "@/lib/utils/format-date";
import { formatMinuteOfDay } from "@/lib/utils/zoned-time";
import { BOOKED_BY_KEY, patientName, STATUS_BADGE, statusTextClass } from "./appointment-text";
import { MotiveSwatch } from "./motive-swatch";

type AgendaListProps = {
  columns: AgendaColumn[];
  practitionerId: string;
  canManage: boolean;
  label: string;
};

// The agenda as a list, for narrow screens: each day (or practice) in turn, its
// appointments, free times and unavailable time in time order.
export function AgendaList({ columns, practitionerId, canManage, label }: AgendaListProps) {
  const locale = useLocale() as Locale;
  const t = useTranslations("agenda");
  return (
    <section aria-label={label} className="space-y-6 md:hidden print:hidden">
      {columns.map((column) => {
        const items = column.items
          .filter((item) => item.kind !== "opening")
          .sort((a, b) => a.span.start - b.span.start);
        const heading = [
          formatCalendarDay(locale, column.date),
          column.practice ? (column.practice.name ?? column.practice.city) : null,
        ]
          .filter(Boolean)
          .join(" · ");
        return (
          <div key={column.key}>
            <h2 className="mb-2 text-base font-semibold text-slate-900">{heading}</h2>
            {items.length === 0 ? (
              <p className="text-sm text-slate-700">{t("list.empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {items.map((item) => {
                  const time = formatMinuteOfDay(item.span.start);
                  if (item.kind === "absence") {
                    return (
                      <li key={item.key} className="bg-slate-100 px-3 py-2 text-sm text-slate-800">
                        <span className="font-semibold">{time}</span>{" "}
                        {item.absence.label || t("grid.absence")}
                      </li>
                    );
                  }
                  if (item.kind === "free") {
                    return (
                      <li key={item.key} className="px-3 py-1 text-sm">
                        {canManage ? (
                          <Link
                            prefetch={false}
                            href={bookFreeTimeHref(
                              item.free.startsAt,
                              item.free.practiceId,
                              practitionerId,
                            )}
                            className="block py-1 text-emerald-900 underline"
                          >
                            {t("grid.freeAt", { time })}
                          </Link>
                        ) : (
                          <span className="text-emerald-900">
                            {time} {t("grid.free")}
                          </span>
                        )}
                      </li>
                    );
                  }
                  if (item.kind !== "appointment") return null;
                  const { appointment } = item;
                  return (
                    <li key={item.key}>
                      <Link
                        prefetch={false}
                        href={appointmentPanelHref(appointment.id)}
                        className="flex items-start gap-3 px-3 py-2 hover:bg-brand-50"
                      >
                        <span className="w-12 shrink-0 font-semibold text-slate-900">{time}</span>
                        <span className="min-w-0 flex-1">
                          <span
                            className={`block font-medium ${statusTextClass(appointment.status)}`}
                          >
                            {patientName(appointment, t("grid.noPatientName"))}
                          </span>
                          <span className="flex items-center gap-1.5 text-sm text-slate-700">
                            <MotiveSwatch color={appointment.motive.color} />
                            {appointment.motive.name}
                          </span>
                          <span className="block text-xs text-slate-600">
                            {t(BOOKED_BY_KEY[appointment.bookedBy])}
                          </span>
                        </span>
                        <span
                          className={`shrink-0 rounded px-1.5 py-0.5 text-xs ${STATUS_BADGE[appointment.status]}`}
                        >
                          {t(`status.${appointment.status}`)}
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
