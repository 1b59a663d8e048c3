// Dates as French readers expect them. Client-safe; the zone is explicit so the server and
// the browser print the same thing whatever their own TZ.

const CALENDAR_DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });

/** "2017-09-03" (a date without time) → "3 septembre 2017". */
export function formatCalendarDate(isoDate: string): string {
  return CALENDAR_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant on the clock of `timeZone` → "12 mars 2030 à 14:05". */
export function formatInstant(instant: Date, timeZone = "Europe/Paris"): string {
  let format = instantFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("fr-FR", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone,
    });
    instantFormats.set(timeZone, format);
  }
  return format.format(instant);
}
