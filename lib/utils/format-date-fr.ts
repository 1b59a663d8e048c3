// Dates as French readers expect them. Client-safe; the zone is always explicit, so the
// server and the browser print the same thing whatever their own TZ, and an appointment's
// time reads on the practitioner's clock (a patient abroad still goes at the local time).

// Building a formatter costs far more than using one; a deployment sees a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(
  timeZone: string,
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): Intl.DateTimeFormat {
  const key = `${timeZone} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("fr-FR", { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

const WALL_CLOCK = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
} as const;

function partsOf(date: Date, timeZone: string): Record<string, string> {
  const parts = formatterFor(timeZone, WALL_CLOCK).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** "mardi 3 mars", "dimanche 1er novembre". */
export function formatDay(date: Date, timeZone: string, withYear = false): string {
  const { weekday, day, month, year } = partsOf(date, timeZone);
  const dayNumber = day === "1" ? "1er" : day;
  return [weekday, dayNumber, month, ...(withYear ? [year] : [])].join(" ");
}

/** "mardi 3 mars" for a local calendar date (YYYY-MM-DD), whatever the reader's zone. */
export function formatCalendarDay(isoDate: string): string {
  return formatDay(new Date(`${isoDate}T12:00:00Z`), "UTC");
}

/** "14 h 30", "9 h 05", "10 h". */
export function formatTime(date: Date, timeZone: string): string {
  const { hour, minute } = partsOf(date, timeZone);
  const hours = String(Number(hour));
  return minute === "00" ? `${hours} h` : `${hours} h ${minute}`;
}

/** "mardi 3 mars 2026 à 14 h 30". */
export function formatDayAndTime(date: Date, timeZone: string, withYear = true): string {
  return `${formatDay(date, timeZone, withYear)} à ${formatTime(date, timeZone)}`;
}

/** "2017-09-03" (a date without time) → "3 septembre 2017". */
export function formatCalendarDate(isoDate: string): string {
  return formatterFor("UTC", { dateStyle: "long" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant on the clock of `timeZone` → "12 mars 2030 à 14:05". */
export function formatInstant(instant: Date, timeZone = "Europe/Paris"): string {
  return formatterFor(timeZone, { dateStyle: "long", timeStyle: "short" }).format(instant);
}
