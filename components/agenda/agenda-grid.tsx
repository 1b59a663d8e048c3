import { useLocale, useTranslations } from "next-intl";
import type { AgendaColumn, ColumnItem } from "@/lib/agenda/build-columns";
import { nowMinuteOn, rowCount, type DaySpan } from "@/lib/agenda/grid-layout";
import { appointmentPanelHref, bookFreeTimeHref } from "@/lib/agenda/links";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDay } from "@/lib/utils/format-date";
import { formatMinuteOfDay } from "@/lib/utils/zoned-time";
import { BOOKED_BY_KEY, patientName, STATUS_BADGE, statusTextClass } from "./appointment-text";
import { MotiveStripe } from "./motive-swatch";

type AgendaGridProps = {
  columns: AgendaColumn[];
  bounds: DaySpan;
  timeZone: string;
  nowMs: number;
  practitionerId: string;
  canManage: boolean;
  label: string;
};

const HOUR_ROWS = 60 / 5;

// The agenda as a time grid (wide screens): a gutter of hours, then one column per day or
// practice, each a CSS grid of 5-minute rows where hours, absences, free times and
// appointments are placed by grid lines. Server-rendered; the links are the only controls.
export function AgendaGrid(props: AgendaGridProps) {
  const { columns, bounds, label } = props;
  const rows = rowCount(bounds);
  const hours = hourMarks(bounds);
  return (
    <section aria-label={label} className="hidden overflow-x-auto md:block print:hidden">
      <div className="flex min-w-fit">
        <div className="w-14 shrink-0" aria-hidden="true">
          <div className="h-12" />
          <div className="grid auto-rows-[0.75rem]">
            <div className={`row-start-1 row-span-${rows}`} />
            {hours.map((minute) => (
              <div
                key={minute}
                className={`row-start-${1 + (minute - bounds.start) / 5} row-span-${HOUR_ROWS} col-start-1 -mt-2 pr-2 text-right text-xs text-slate-600`}
              >
                {formatMinuteOfDay(minute)}
              </div>
            ))}
          </div>
        </div>
        {columns.map((column) => (
          <DayColumn key={column.key} column={column} rows={rows} hours={hours} {...props} />
        ))}
      </div>
    </section>
  );
}

function hourMarks(bounds: DaySpan): number[] {
  const marks: number[] = [];
  for (let minute = bounds.start; minute < bounds.end; minute += 60) marks.push(minute);
  return marks;
}

function DayColumn({
  column,
  rows,
  hours,
  ...props
}: AgendaGridProps & { column: AgendaColumn; rows: number; hours: number[] }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("agenda.grid");
  const nowMinute = nowMinuteOn(props.nowMs, column.date, props.timeZone);
  const heading = column.practice
    ? (column.practice.name ?? column.practice.city)
    : formatCalendarDay(locale, column.date);
  return (
    <div className="min-w-[8.5rem] flex-1 border-l border-slate-200">
      <h2 className="sticky top-0 flex h-12 items-center justify-center border-b border-slate-200 bg-white px-1 text-center text-sm font-semibold text-slate-900">
        {heading}
      </h2>
      <div className="relative grid auto-rows-[0.75rem] grid-cols-60 bg-slate-100">
        <div className={`row-start-1 row-span-${rows} col-span-full`} aria-hidden="true" />
        {hours.map((minute) => (
          <div
            key={minute}
            aria-hidden="true"
            className={`row-start-${1 + (minute - props.bounds.start) / 5} col-span-full h-0 border-t border-slate-200`}
          />
        ))}
        {column.items.map((item) => (
          <GridItem key={item.key} item={item} {...props} />
        ))}
        {nowMinute !== null && nowMinute >= props.bounds.start && nowMinute < props.bounds.end && (
          <div
            className={`row-start-${1 + Math.floor((nowMinute - props.bounds.start) / 5)} z-30 col-span-full h-0 border-t-2 border-red-600`}
          >
            <span className="sr-only">{t("now", { time: formatMinuteOfDay(nowMinute) })}</span>
          </div>
        )}
      </div>
    </div>
  );
}

function rowClasses(item: ColumnItem): string {
  return `row-start-${item.rows.start} row-span-${item.rows.span}`;
}

function GridItem({ item, practitionerId, canManage }: AgendaGridProps & { item: ColumnItem }) {
  const t = useTranslations("agenda");
  const time = formatMinuteOfDay(item.span.start);
  switch (item.kind) {
    case "opening":
      return <div aria-hidden="true" className={`${rowClasses(item)} col-span-full bg-white`} />;
    case "absence":
      return (
        <div
          className={`${rowClasses(item)} z-10 col-span-full overflow-hidden border-y border-slate-400 bg-slate-300 px-2 py-0.5 text-xs font-medium text-slate-900`}
        >
          {item.absence.label || t("grid.absence")}
        </div>
      );
    case "free":
      return canManage ? (
        <Link
          prefetch={false}
          href={bookFreeTimeHref(item.free.startsAt, item.free.practiceId, practitionerId)}
          aria-label={t("grid.freeAt", { time })}
          className={`${rowClasses(item)} z-10 col-span-full mx-px overflow-hidden rounded border border-dashed border-emerald-600 px-1 text-[0.7rem] leading-tight text-emerald-900 hover:bg-emerald-50 focus:z-40 focus:outline-2 focus:outline-brand-700`}
        >
          {t("grid.free")} {time}
        </Link>
      ) : (
        <div
          className={`${rowClasses(item)} z-10 col-span-full mx-px overflow-hidden rounded border border-dashed border-emerald-600 px-1 text-[0.7rem] leading-tight text-emerald-900`}
        >
          {t("grid.free")} {time}
        </div>
      );
    case "appointment": {
      const { appointment } = item;
      const name = patientName(appointment, t("grid.noPatientName"));
      return (
        <Link
          prefetch={false}
          href={appointmentPanelHref(appointment.id)}
          aria-label={t("grid.appointment", {
            time,
            name,
            motive: appointment.motive.name,
            status: t(`status.${appointment.status}`),
            bookedBy: t(BOOKED_BY_KEY[appointment.bookedBy]),
          })}
          className={`${rowClasses(item)} col-start-${item.columns.start} col-span-${item.columns.span} relative z-20 mx-px overflow-hidden rounded border border-slate-300 bg-white py-0.5 pr-1 pl-2.5 text-xs leading-tight shadow-sm hover:border-brand-600 focus:z-40 focus:outline-2 focus:outline-brand-700`}
        >
          <MotiveStripe color={appointment.motive.color} />
          <span className={`block truncate font-semibold ${statusTextClass(appointment.status)}`}>
            {time} {name}
          </span>
          <span className="block truncate text-slate-700">{appointment.motive.name}</span>
          <span className="block truncate text-slate-600">
            {t(BOOKED_BY_KEY[appointment.bookedBy])}
          </span>
          {appointment.status !== "BOOKED" && (
            <span
              className={`mt-0.5 inline-block rounded px-1 ${STATUS_BADGE[appointment.status]}`}
            >
              {t(`status.${appointment.status}`)}
            </span>
          )}
        </Link>
      );
    }
  }
}
