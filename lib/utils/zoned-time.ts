// IANA time-zone arithmetic on Intl alone (no date library), safe in the browser. A local
// calendar day is an integer (days since 1970-01-01 on the zone's calendar) and a wall-clock
// time is minutes after local midnight, so days iterate and compare as plain numbers
// whatever the machine's own TZ.
//
// Daylight-saving rules, the same everywhere in Praxis:
// - a wall-clock time skipped by a spring-forward gap (02:30 on 2026-03-29 in Europe/Paris)
//   does not exist: zonedToUtc answers null rather than guessing;
// - a wall-clock time repeated at fall-back (02:30 on 2026-10-25 in Paris) means its first
//   occurrence (summer time);
// - a span of wall-clock time (a slot) is placed where the clock reads it without a jump
//   (see localSpanToUtc), so its real length always equals its wall-clock length.

export type LocalDay = number;
export type LocalDateTime = { day: LocalDay; minute: number; weekday: number };

export const MINUTES_PER_DAY = 1440;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = MINUTES_PER_DAY * MS_PER_MINUTE;

// ---------------------------------------------------------------- calendar days

export function localDayOfIsoDate(isoDate: string): LocalDay {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(ms)) {
    throw new RangeError(`Not an ISO date: ${isoDate}`);
  }
  return ms / MS_PER_DAY;
}

export function isoDateOfLocalDay(day: LocalDay): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A date-only value (a PostgreSQL `date`, which Prisma returns as UTC midnight). */
export function localDayOfCalendarDate(date: Date): LocalDay {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfLocalDay(day: LocalDay): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** "09:05" for 545; 1440 reads "24:00", the end of a day. */
export function formatMinuteOfDay(minute: number): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

// ---------------------------------------------------------------- offsets

// Building a formatter costs far more than using one; a deployment sees a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function readOffsetMinutes(instantMs: number, timeZone: string): number {
  const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(wholeSecondMs)) {
    fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  const wallClockMs = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((wallClockMs - wholeSecondMs) / MS_PER_MINUTE);
}

// The zone's offsets (minutes ahead of UTC) over the UTC days [anchor - 1, anchor + 2]:
// `before` until transitionMs, `after` from it (Infinity when the offset does not change).
type OffsetSpan = { before: number; after: number; transitionMs: number };

// Real zones change offset at most once in three days (changes are months apart), so two
// readings tell whether a span changes and a binary search finds when. Spans are cached:
// a search page asks about the same few zones and fortnight over and over.
const spansByZone = new Map<string, Map<number, OffsetSpan>>();
const MAX_SPANS_PER_ZONE = 20_000;

function offsetSpanAround(anchorDay: number, timeZone: string): OffsetSpan {
  let spans = spansByZone.get(timeZone);
  if (!spans || spans.size > MAX_SPANS_PER_ZONE) {
    spans = new Map();
    spansByZone.set(timeZone, spans);
  }
  let span = spans.get(anchorDay);
  if (!span) {
    span = readOffsetSpan((anchorDay - 1) * MS_PER_DAY, (anchorDay + 2) * MS_PER_DAY, timeZone);
    spans.set(anchorDay, span);
  }
  return span;
}

function readOffsetSpan(firstMs: number, lastMs: number, timeZone: string): OffsetSpan {
  const before = readOffsetMinutes(firstMs, timeZone);
  const after = readOffsetMinutes(lastMs, timeZone);
  if (before === after) return { before, after, transitionMs: Infinity };
  // Zones change offset on a whole minute: search minutes, keeping low in `before`.
  let lowMs = firstMs;
  let highMs = lastMs;
  while (highMs - lowMs > MS_PER_MINUTE) {
    const middleMs = lowMs + Math.floor((highMs - lowMs) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (readOffsetMinutes(middleMs, timeZone) === before) lowMs = middleMs;
    else highMs = middleMs;
  }
  return { before, after, transitionMs: highMs };
}

/** Minutes the zone is ahead of UTC at an instant (+60 in Paris in winter, +120 in summer). */
export function offsetMinutesAt(instantMs: number, timeZone: string): number {
  const span = offsetSpanAround(Math.floor(instantMs / MS_PER_DAY), timeZone);
  return instantMs < span.transitionMs ? span.before : span.after;
}

/** The zone's wall-clock reading at an instant, to the minute (seconds are dropped). */
export function localDateTimeAt(instantMs: number, timeZone: string): LocalDateTime {
  const wallClockMs = instantMs + offsetMinutesAt(instantMs, timeZone) * MS_PER_MINUTE;
  const day = Math.floor(wallClockMs / MS_PER_DAY);
  const minute = Math.floor((wallClockMs - day * MS_PER_DAY) / MS_PER_MINUTE);
  return { day, minute, weekday: isoWeekdayOfLocalDay(day) };
}

export function localDayAt(instantMs: number, timeZone: string): LocalDay {
  return localDateTimeAt(instantMs, timeZone).day;
}

/** "2026-03-29 03:00": the wall-clock reading, for messages and tests. */
export function formatLocalDateTime(instantMs: number, timeZone: string): string {
  const { day, minute } = localDateTimeAt(instantMs, timeZone);
  return `${isoDateOfLocalDay(day)} ${formatMinuteOfDay(minute)}`;
}

// ---------------------------------------------------------------- wall clock → UTC

/**
 * The earliest instant from which the zone's clock reads `startMinute` on `day` and then
 * runs, without a DST jump, for `lengthMinutes` (at most half a day). Null when no such
 * instant exists: the span starts in or runs into a spring-forward gap. In the repeated hour
 * of a fall-back the first occurrence is taken when the span fits before the clocks go
 * back, else the second, so a span is never cut in two nor stretched by the change.
 * `startMinute` may leave [0, 1440): 1440 is the next day's midnight.
 */
export function localSpanToUtc(
  day: LocalDay,
  startMinute: number,
  lengthMinutes: number,
  timeZone: string,
): number | null {
  const naiveMs = day * MS_PER_DAY + startMinute * MS_PER_MINUTE;
  const span = offsetSpanAround(Math.floor(naiveMs / MS_PER_DAY), timeZone);
  const inFormerOffset = naiveMs - span.before * MS_PER_MINUTE;
  const endsBeforeTransition = inFormerOffset + lengthMinutes * MS_PER_MINUTE <= span.transitionMs;
  if (inFormerOffset < span.transitionMs && endsBeforeTransition) return inFormerOffset;
  const inLatterOffset = naiveMs - span.after * MS_PER_MINUTE;
  return inLatterOffset >= span.transitionMs ? inLatterOffset : null;
}

/**
 * UTC epoch ms of a local wall-clock time: null when a spring-forward gap skips it, the
 * first occurrence when a fall-back repeats it.
 */
export function zonedToUtc(day: LocalDay, minute: number, timeZone: string): number | null {
  return localSpanToUtc(day, minute, 0, timeZone);
}

/** The first instant of a local day; when a DST gap skips midnight, the end of that gap. */
export function startOfLocalDay(day: LocalDay, timeZone: string): number {
  return zonedToUtc(day, 0, timeZone) ?? offsetSpanAround(day, timeZone).transitionMs;
}

/** The local days that share at least one instant with [fromMs, toMs), in order. */
export function localDaysOverlapping(fromMs: number, toMs: number, timeZone: string): LocalDay[] {
  if (toMs <= fromMs) return [];
  const days: LocalDay[] = [];
  const lastDay = localDayAt(toMs - 1, timeZone);
  for (let day = localDayAt(fromMs, timeZone); day <= lastDay; day++) days.push(day);
  return days;
}
