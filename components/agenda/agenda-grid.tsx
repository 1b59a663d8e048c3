import { useLocale, useTranslations } from "next-intl";
import type { AgendaColumn, ColumnItem } from "@/lib/agenda/build-columns";
import { LANE_COLUMNS, nowMinuteOn, rowCount, type DaySpan } from "@/lib/agenda/grid-layout";
import { appointmentPanelHref, bookFreeTimeHref } from "@/lib/agenda/links";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { formatCalendarDay } from "@/lib/utils/format-date";
import { formatMinuteOfDay } from "@/lib/utils/zoned-time";
import { BOOKED_BY_KEY, patientName } from "./appointment-text";
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

type CellProps = AgendaGridProps & {
  locale: Locale;
  t: ReturnType<typeof useTranslations<"agenda">>;
};

const HOUR_ROWS = 60 / 5;

// The agenda, one markup for every screen (the `ag-*` classes in app/globals.css): on wide
// screens a gutter of hours, then one column per day or practice, each a CSS grid of
// 5-minute rows where hours, absences, free times and appointments are placed by grid
// lines; on narrow screens the same columns read as lists in time order (the grid lines
// then do nothing, and what only draws the grid is hidden). It is rendered once: a week
// holds hundreds of appointments, and Next.js repeats the markup in its RSC payload. Plain
// server-rendered links, no client component per cell, no text repeated in labels.
export function AgendaGrid(props: AgendaGridProps) {
  const { columns, bounds, label } = props;
  const locale = useLocale() as Locale;
  const t = useTranslations("agenda");
  const rows = rowCount(bounds);
  const hours = hourMarks(bounds);
  return (
    <section aria-label={label} className="md:overflow-x-auto print:hidden">
      <div className="ag">
        <div className="ag-gutter" aria-hidden="true">
          <div className="h-12" />
          <div className="grid auto-rows-[0.75rem]">
            <div className={`row-start-1 row-span-${rows}`} />
            {hours.map((minute) => (
              <div key={minute} className={`ag-hour-mark ${hourRows(minute, bounds)}`}>
                {formatMinuteOfDay(minute)}
              </div>
            ))}
          </div>
        </div>
        {columns.map((column) => (
          <DayColumn
            key={column.key}
            column={column}
            rows={rows}
            hours={hours}
            locale={locale}
            t={t}
            {...props}
          />
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

function hourRows(minute: number, bounds: DaySpan): string {
  return `row-start-${1 + (minute - bounds.start) / 5} row-span-${HOUR_ROWS}`;
}

function DayColumn({
  column,
  rows,
  hours,
  ...props
}: CellProps & { column: AgendaColumn; rows: number; hours: number[] }) {
  const { t, bounds } = props;
  const nowMinute = nowMinuteOn(props.nowMs, column.date, props.timeZone);
  const heading = column.practice
    ? (column.practice.name ?? column.practice.city)
    : formatCalendarDay(props.locale, column.date);
  // Time order, for the narrow screens' list; the grid places items wherever they come.
  const items = [...column.items].sort((a, b) => a.span.start - b.span.start);
  const shown = items.some((item) => item.kind !== "opening");
  return (
    <div className="ag-col">
      <h2>{heading}</h2>
      {!shown && <p className="ag-empty">{t("list.empty")}</p>}
      <div className={shown ? "ag-body" : "ag-body max-md:hidden"}>
        <div className={`ag-wide row-start-1 row-span-${rows} col-span-full`} aria-hidden="true" />
        {hours.map((minute) => (
          <div
            key={minute}
            aria-hidden="true"
            className={`ag-hour row-start-${1 + (minute - bounds.start) / 5}`}
          />
        ))}
        {items.map((item, index) => (
          // The position as the key: a short one, repeated in the RSC payload for every
          // item, and these server-rendered items hold no state to keep across a refresh.
          <GridItem key={index} item={item} {...props} />
        ))}
        {nowMinute !== null && nowMinute >= bounds.start && nowMinute < bounds.end && (
          <div className={`ag-now row-start-${1 + Math.floor((nowMinute - bounds.start) / 5)}`}>
            <span className="sr-only">{t("grid.now", { time: formatMinuteOfDay(nowMinute) })}</span>
          </div>
        )}
      </div>
    </div>
  );
}

function rowClasses(item: ColumnItem): string {
  return `row-start-${item.rows.start} row-span-${item.rows.span}`;
}

// An appointment alone in its time fills the column (the default of .ag-appt); lanes are
// placed only when appointments overlap.
function laneClasses({ columns }: { columns: { start: number; span: number } }): string {
  if (columns.start === 1 && columns.span === LANE_COLUMNS) return "";
  return ` col-start-${columns.start} col-span-${columns.span}`;
}

function GridItem({
  item,
  practitionerId,
  canManage,
  locale,
  t,
}: CellProps & { item: ColumnItem }) {
  const time = formatMinuteOfDay(item.span.start);
  switch (item.kind) {
    case "opening":
      return <div aria-hidden="true" className={`ag-open ${rowClasses(item)}`} />;
    case "absence":
      return (
        <div className={`ag-absence ${rowClasses(item)}`}>
          <b>{time}</b> {item.absence.label || t("grid.absence")}
        </div>
      );
    case "free": {
      // One text node (JSX would split "Libre {time}" in three, markers included).
      const freeText = [t("grid.free"), time].join(" ");
      return canManage ? (
        <a
          href={localizePath(
            locale,
            bookFreeTimeHref(item.free.startsAt, item.free.practiceId, practitionerId),
          )}
          aria-label={t("grid.freeAt", { time })}
          className={`ag-free ${rowClasses(item)}`}
        >
          {freeText}
        </a>
      ) : (
        <div className={`ag-free ${rowClasses(item)}`}>{freeText}</div>
      );
    }
    case "appointment": {
      const { appointment } = item;
      const timeAndName = [time, patientName(appointment, t("grid.noPatientName"))].join(" ");
      // The status class (ag-BOOKED, ag-CANCELLED…) styles the name and the badge.
      return (
        <a
          href={localizePath(locale, appointmentPanelHref(appointment.id))}
          className={`ag-appt ag-${appointment.status} ${rowClasses(item)}${laneClasses(item)}`}
        >
          <MotiveStripe color={appointment.motive.color} />
          <b>{timeAndName}</b>
          <span>{appointment.motive.name}</span>
          <small>{t(BOOKED_BY_KEY[appointment.bookedBy])}</small>
          <i>{t(`status.${appointment.status}`)}</i>
        </a>
      );
    }
  }
}
