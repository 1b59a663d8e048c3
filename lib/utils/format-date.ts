import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

// Dates and times as readers of each language expect them: "mardi 3 mars à 9 h 15",
// "Tuesday 3 March at 9:15 AM", "Dienstag, 3. März um 9:15 Uhr". Client-safe. The zone is
// always explicit, so the server and the browser print the same thing whatever their own
// TZ, and an appointment's time reads on the practitioner's clock (a patient abroad still
// goes at the local time).

// Building a formatter costs far more than using one; a deployment sees a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(
  intlLocale: string,
  timeZone: string,
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): Intl.DateTimeFormat {
  const key = `${intlLocale} ${timeZone} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

const DAY = { weekday: "long", day: "numeric", month: "long" } as const;
const DAY_WITH_YEAR = { ...DAY, year: "numeric" } as const;

// Typographic rules Intl does not know: the French "1er", "9 h 15", the German "Uhr", and
// the word joining a day and a time. Formatting rules, not messages.
const RULES: Record<
  Locale,
  { time: (hour: number, minute: string) => string; joiner: string; firstOfMonth?: string }
> = {
  fr: {
    time: (hour, minute) => (minute === "00" ? `${hour} h` : `${hour} h ${minute}`),
    joiner: "à",
    firstOfMonth: "1er",
  },
  en: {
    time: (hour, minute) => `${hour % 12 || 12}:${minute} ${hour < 12 ? "AM" : "PM"}`,
    joiner: "at",
  },
  de: { time: (hour, minute) => `${hour}:${minute} Uhr`, joiner: "um" },
};

/** "mardi 3 mars", "dimanche 1er novembre", "Sunday 1 November", "Sonntag, 1. November". */
export function formatDay(locale: Locale, date: Date, timeZone: string, withYear = false): string {
  const parts = formatterFor(INTL_LOCALE[locale], timeZone, withYear ? DAY_WITH_YEAR : DAY)
    .formatToParts(date)
    .map((part) =>
      part.type === "day" && part.value === "1" && RULES[locale].firstOfMonth
        ? RULES[locale].firstOfMonth
        : part.value,
    );
  return parts.join("");
}

/** An ISO weekday (1 = Monday … 7) as a capitalised name: "Lundi", "Monday", "Montag". */
export function formatWeekday(locale: Locale, isoWeekday: number): string {
  // 1 January 2024 was a Monday.
  const name = formatterFor(INTL_LOCALE[locale], "UTC", { weekday: "long" }).format(
    new Date(Date.UTC(2024, 0, isoWeekday)),
  );
  return name.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + name.slice(1);
}

/** A local calendar date (YYYY-MM-DD) named the same whatever the reader's zone. */
export function formatCalendarDay(locale: Locale, isoDate: string): string {
  return formatDay(locale, new Date(`${isoDate}T12:00:00Z`), "UTC");
}

/** "14 h 30" / "2:30 PM" / "14:30 Uhr" on the clock of `timeZone`. */
export function formatTime(locale: Locale, date: Date, timeZone: string): string {
  const parts = formatterFor("en-GB", timeZone, {
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const hour = Number(parts.find((part) => part.type === "hour")?.value);
  const minute = parts.find((part) => part.type === "minute")?.value ?? "00";
  return RULES[locale].time(hour, minute);
}

/** "mardi 3 mars 2026 à 14 h 30", "Tuesday 3 March 2026 at 2:30 PM". */
export function formatDayAndTime(
  locale: Locale,
  date: Date,
  timeZone: string,
  withYear = true,
): string {
  const day = formatDay(locale, date, timeZone, withYear);
  return `${day} ${RULES[locale].joiner} ${formatTime(locale, date, timeZone)}`;
}

/** "2017-09-03" (a date without time) → "3 septembre 2017", "3 September 2017". */
export function formatCalendarDate(locale: Locale, isoDate: string): string {
  return formatterFor(INTL_LOCALE[locale], "UTC", { dateStyle: "long" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** An instant on the clock of `timeZone` → "12 mars 2030 à 14:05" (logs, access lists). */
export function formatInstant(locale: Locale, instant: Date, timeZone = "Europe/Paris"): string {
  return formatterFor(INTL_LOCALE[locale], timeZone, {
    dateStyle: "long",
    timeStyle: "short",
  }).format(instant);
}
