import { isoWeekdayOfLocalDay, localDayOfIsoDate } from "@/lib/utils/zoned-time";
import type {
  AgendaAbsence,
  AgendaAppointment,
  AgendaFreeTime,
  AgendaOpening,
  AgendaPractice,
} from "./agenda-types";
import {
  assignLanes,
  gridBounds,
  gridRows,
  laneColumns,
  spanOnDay,
  type DaySpan,
  type Lane,
} from "./grid-layout";

// The agenda's columns — one per day of a week, or one per practice of a day — with each
// thing placed in its grid rows and lanes. Pure and client-safe.

type GridRows = { start: number; span: number };
type Placement = { span: DaySpan; rows: GridRows };

export type ColumnItem =
  | (Placement & { kind: "opening"; key: string })
  | (Placement & { kind: "absence"; key: string; absence: AgendaAbsence })
  | (Placement & { kind: "free"; key: string; free: AgendaFreeTime })
  | (Placement & {
      kind: "appointment";
      key: string;
      appointment: AgendaAppointment;
      columns: { start: number; span: number };
    });

export type AgendaColumn = {
  key: string;
  date: string;
  practice: AgendaPractice | null;
  items: ColumnItem[];
};

export type AgendaInput = {
  view: "day" | "week";
  days: string[];
  timeZone: string;
  practiceId: string | null;
  practices: AgendaPractice[];
  openingHours: AgendaOpening[];
  appointments: AgendaAppointment[];
  absences: AgendaAbsence[];
  freeTimes: AgendaFreeTime[];
};

type ColumnScope = { date: string; practice: AgendaPractice | null };

export function buildColumns(input: AgendaInput): { columns: AgendaColumn[]; bounds: DaySpan } {
  const scopes = columnScopes(input);
  const spans = scopes.map((scope) => spansOf(input, scope));
  const bounds = gridBounds(spans.flatMap((list) => list.map((entry) => entry.span)));
  const columns = scopes.map((scope, index) => ({
    key: `${scope.date}-${scope.practice?.id ?? "all"}`,
    date: scope.date,
    practice: scope.practice,
    items: place(spans[index], bounds),
  }));
  return { columns, bounds };
}

/** A week: a column per day. A day: a column per practice when there are several. */
function columnScopes(input: AgendaInput): ColumnScope[] {
  const chosen = input.practices.find((practice) => practice.id === input.practiceId) ?? null;
  if (input.view === "week" || chosen || input.practices.length < 2) {
    return input.days.map((date) => ({ date, practice: chosen }));
  }
  return input.practices.map((practice) => ({ date: input.days[0], practice }));
}

type Unplaced = { span: DaySpan } & (
  | { kind: "opening"; key: string }
  | { kind: "absence"; key: string; absence: AgendaAbsence }
  | { kind: "free"; key: string; free: AgendaFreeTime }
  | { kind: "appointment"; key: string; appointment: AgendaAppointment }
);

function spansOf(input: AgendaInput, { date, practice }: ColumnScope): Unplaced[] {
  const inPractice = (practiceId: string | null) =>
    !practice ||
    practiceId === practice.id ||
    (practiceId === null && practice === input.practices[0]);
  const on = (startsAt: string, endsAt: string) =>
    spanOnDay(Date.parse(startsAt), Date.parse(endsAt), date, input.timeZone);
  const entries: Unplaced[] = [];
  for (const [index, span] of openingSpans(input.openingHours, date, practice).entries()) {
    entries.push({ kind: "opening", key: `opening-${index}`, span });
  }
  for (const absence of input.absences) {
    const span = on(absence.startsAt, absence.endsAt);
    if (span) entries.push({ kind: "absence", key: absence.id, span, absence });
  }
  for (const free of input.freeTimes) {
    const span = inPractice(free.practiceId) && on(free.startsAt, free.endsAt);
    if (span) entries.push({ kind: "free", key: `free-${free.startsAt}`, span, free });
  }
  for (const appointment of input.appointments) {
    const span = inPractice(appointment.practiceId) && on(appointment.startsAt, appointment.endsAt);
    if (span) entries.push({ kind: "appointment", key: appointment.id, span, appointment });
  }
  return entries;
}

/** The opening windows of a day (of one practice, or of all), as wall-clock spans. */
export function openingSpans(
  openingHours: readonly AgendaOpening[],
  date: string,
  practice: AgendaPractice | null,
): DaySpan[] {
  const weekday = isoWeekdayOfLocalDay(localDayOfIsoDate(date));
  return openingHours
    .filter(
      (window) =>
        window.weekday === weekday &&
        (!practice || window.practiceId === practice.id) &&
        (!window.validFrom || window.validFrom <= date) &&
        (!window.validTo || date <= window.validTo),
    )
    .map((window) => ({ start: window.startMinute, end: window.endMinute }))
    .sort((a, b) => a.start - b.start);
}

function place(entries: Unplaced[], bounds: DaySpan): ColumnItem[] {
  const appointments = entries.filter((entry) => entry.kind === "appointment");
  const lanes = assignLanes(appointments.map((entry) => entry.span));
  const laneOf = new Map<Unplaced, Lane>(appointments.map((entry, index) => [entry, lanes[index]]));
  const placed = entries
    .filter((entry) => entry.span.end > bounds.start && entry.span.start < bounds.end)
    .map((entry) => {
      const rows = gridRows(entry.span, bounds);
      const lane = laneOf.get(entry);
      return entry.kind === "appointment" && lane
        ? { ...entry, rows, columns: laneColumns(lane) }
        : ({ ...entry, rows } as ColumnItem);
    });
  // A very short appointment is drawn taller than its time (MIN_ROWS), so it may cover the
  // free time that follows it: a link half hidden under another is no target anyone can
  // hit. Such a free time is left out; the practice books it from the next one or the panel.
  const drawn = placed.filter((item) => item.kind === "appointment").map((item) => item.rows);
  return placed.filter(
    (item) => item.kind !== "free" || !drawn.some((rows) => rowsOverlap(rows, item.rows)),
  );
}

function rowsOverlap(a: GridRows, b: GridRows): boolean {
  return a.start < b.start + b.span && b.start < a.start + a.span;
}
