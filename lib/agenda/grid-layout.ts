import {
  localDateTimeAt,
  localDayOfIsoDate,
  MINUTES_PER_DAY,
  type LocalDay,
} from "@/lib/utils/zoned-time";

// Where things sit in the agenda's grid. The grid reads the wall clock of the practitioner's
// zone: 09:00 is on the 09:00 line on every day of a week, also across a change of summer
// time (a real instant is placed by what the clock read then). A day column is a CSS grid of
// ROW_MINUTES rows, and overlapping appointments share its width in lanes. Pure and
// client-safe; unit-tested with DST weeks.

export const ROW_MINUTES = 5;
/**
 * Rows are 0.75rem (12 px) tall, so two rows make a 24 px target, the least WCAG 2.2 asks
 * of a link: nothing is drawn shorter, even a 5-minute appointment.
 */
export const MIN_ROWS = 2;
/** The width of a column is cut in LANE_COLUMNS (divisible by 1 … MAX_LANES). */
export const MAX_LANES = 6;
export const LANE_COLUMNS = 60;

const DEFAULT_FIRST_MINUTE = 8 * 60;
const DEFAULT_LAST_MINUTE = 19 * 60;

/** Wall-clock minutes of one local day, [start, end), 0 … 1440. */
export type DaySpan = { start: number; end: number };

/** The part of [startMs, endMs) that falls on `day`, in its wall-clock minutes; or null. */
export function spanOnDay(
  startMs: number,
  endMs: number,
  isoDate: string,
  timeZone: string,
): DaySpan | null {
  const day: LocalDay = localDayOfIsoDate(isoDate);
  const start = localDateTimeAt(startMs, timeZone);
  const last = localDateTimeAt(endMs - 1, timeZone);
  if (start.day > day || last.day < day || endMs <= startMs) return null;
  const startMinute = start.day < day ? 0 : start.minute;
  const end = localDateTimeAt(endMs, timeZone);
  const endMinute = end.day > day ? MINUTES_PER_DAY : end.minute;
  // Across a fall-back the clock goes back: keep at least one row rather than a negative span.
  return { start: startMinute, end: Math.max(endMinute, startMinute + ROW_MINUTES) };
}

/** The hours the grid shows: whole hours around everything, 08:00–19:00 at least. */
export function gridBounds(spans: readonly DaySpan[]): DaySpan {
  let start = DEFAULT_FIRST_MINUTE;
  let end = DEFAULT_LAST_MINUTE;
  for (const span of spans) {
    start = Math.min(start, Math.floor(span.start / 60) * 60);
    end = Math.max(end, Math.ceil(span.end / 60) * 60);
  }
  return { start, end: Math.min(end, MINUTES_PER_DAY) };
}

/** CSS grid rows (1-based) of a span within the grid's bounds, MIN_ROWS at least. */
export function gridRows(span: DaySpan, bounds: DaySpan): { start: number; span: number } {
  const first = Math.max(span.start, bounds.start);
  const last = Math.min(span.end, bounds.end);
  return {
    start: 1 + Math.floor((first - bounds.start) / ROW_MINUTES),
    span: Math.max(MIN_ROWS, Math.ceil((last - first) / ROW_MINUTES)),
  };
}

export function rowCount(bounds: DaySpan): number {
  return Math.ceil((bounds.end - bounds.start) / ROW_MINUTES);
}

export type Lane = { lane: number; lanes: number };

/**
 * Side-by-side lanes for overlapping spans (input order kept in the answer): each span takes
 * the first lane free at its start; every span of a group of overlapping ones counts the
 * group's lanes, so they share the width equally. Past MAX_LANES the last lane is shared.
 */
export function assignLanes(spans: readonly DaySpan[]): Lane[] {
  const order = spans.map((_, index) => index);
  order.sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end);
  const lanes: Lane[] = spans.map(() => ({ lane: 0, lanes: 1 }));
  let group: number[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const closeGroup = () => {
    const count = Math.min(laneEnds.length, MAX_LANES);
    for (const index of group) lanes[index].lanes = count;
    group = [];
    laneEnds = [];
  };
  for (const index of order) {
    const span = spans[index];
    if (span.start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.push(span.end) - 1;
    else laneEnds[lane] = span.end;
    lanes[index].lane = Math.min(lane, MAX_LANES - 1);
    group.push(index);
    groupEnd = Math.max(groupEnd, span.end);
  }
  closeGroup();
  return lanes;
}

/** Grid columns (1-based, out of LANE_COLUMNS) of a lane. */
export function laneColumns({ lane, lanes }: Lane): { start: number; span: number } {
  const width = LANE_COLUMNS / lanes;
  return { start: 1 + lane * width, span: width };
}

/** The minute of the current-time line on `isoDate`, or null when now is another day. */
export function nowMinuteOn(nowMs: number, isoDate: string, timeZone: string): number | null {
  const now = localDateTimeAt(nowMs, timeZone);
  return now.day === localDayOfIsoDate(isoDate) ? now.minute : null;
}
