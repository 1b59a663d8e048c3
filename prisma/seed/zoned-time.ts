// Wall-clock ↔ UTC conversion without a date library. Local calendar days are plain
// integers (days since 1970-01-01), independent of the machine's own TZ, so they are easy
// to iterate, compare and hash.

export type LocalDay = number;

const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = MINUTES_PER_DAY * MS_PER_MINUTE;

export function dayOf(isoDate: string): LocalDay {
  return Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;
}

export function isoDateOf(day: LocalDay): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: LocalDay): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

// Building a formatter is far slower than using one, and one zone serves the whole seed.
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

/** The zone's wall-clock reading at an instant, expressed as if it were a UTC timestamp. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs))
    fields[part.type] = Number(part.value);
  return Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
}

/** Minutes the zone is ahead of UTC at an instant (+60 for Paris in winter, +120 in summer). */
export function offsetMinutesAt(instantMs: number, timeZone: string): number {
  const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallClockMs(wholeSecondMs, timeZone) - wholeSecondMs) / MS_PER_MINUTE);
}

export function localDayAt(instantMs: number, timeZone: string): LocalDay {
  return Math.floor(wallClockMs(instantMs, timeZone) / MS_PER_DAY);
}

/**
 * UTC epoch ms of a local wall-clock time. Disambiguates like Temporal's "compatible": a
 * time skipped by the spring-forward gap moves forward by the gap's length, a time that
 * happens twice at fall-back takes the earlier (summer-time) instant.
 */
export function zonedToUtc(day: LocalDay, minute: number, timeZone: string): number {
  const naiveMs = day * MS_PER_DAY + minute * MS_PER_MINUTE;
  // Real zones change offset at most once in two days, so these are the only two candidates.
  const offsetBefore = offsetMinutesAt(naiveMs - MS_PER_DAY, timeZone);
  const offsetAfter = offsetMinutesAt(naiveMs + MS_PER_DAY, timeZone);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => naiveMs - offset * MS_PER_MINUTE)
    .filter((utcMs) => offsetMinutesAt(utcMs, timeZone) * MS_PER_MINUTE === naiveMs - utcMs);
  return matching.length > 0 ? Math.min(...matching) : naiveMs - offsetBefore * MS_PER_MINUTE;
}

export type ZonedClock = (day: LocalDay, minute: number) => number;

/**
 * zonedToUtc for one zone, with each day's offset cached when it does not change during
 * that day: a seed converts millions of slot times but only about a hundred distinct days.
 */
export function createZonedClock(timeZone: string): ZonedClock {
  const steadyOffsets = new Map<LocalDay, number | null>();
  return (day, minute) => {
    if (minute < 0 || minute >= MINUTES_PER_DAY) return zonedToUtc(day, minute, timeZone);
    let offset = steadyOffsets.get(day);
    if (offset === undefined) {
      const atStart = offsetMinutesAt(zonedToUtc(day, 0, timeZone), timeZone);
      const atEnd = offsetMinutesAt(zonedToUtc(day + 1, 0, timeZone) - 1, timeZone);
      offset = atStart === atEnd ? atStart : null;
      steadyOffsets.set(day, offset);
    }
    if (offset === null) return zonedToUtc(day, minute, timeZone);
    return day * MS_PER_DAY + (minute - offset) * MS_PER_MINUTE;
  };
}
