// French wording of an appointment's time, always in the practitioner's zone (a patient
// abroad still goes to the practice at its local time). Client-safe.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(date: Date, timeZone: string): Record<string, string> {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("fr-FR", {
      timeZone,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

/** "mardi 3 mars", "dimanche 1er novembre". */
export function formatDay(date: Date, timeZone: string, withYear = false): string {
  const { weekday, day, month, year } = partsOf(date, timeZone);
  const dayNumber = day === "1" ? "1er" : day;
  return [weekday, dayNumber, month, ...(withYear ? [year] : [])].join(" ");
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
