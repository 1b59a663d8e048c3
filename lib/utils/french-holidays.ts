import { localDayOfIsoDate, type LocalDay } from "./zoned-time";

const pad = (value: number) => String(value).padStart(2, "0");

/** Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): LocalDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDayOfIsoDate(`${year}-${pad(month)}-${pad(day)}`);
}

/** Which holiday a day is: a stable key, named in the message catalogue. */
export type FrenchHolidayKey =
  | "newYear"
  | "labourDay"
  | "victoryDay"
  | "bastilleDay"
  | "assumption"
  | "allSaints"
  | "armistice"
  | "christmas"
  | "easterMonday"
  | "ascension"
  | "whitMonday";

const FIXED_HOLIDAYS: [string, FrenchHolidayKey][] = [
  ["01-01", "newYear"],
  ["05-01", "labourDay"],
  ["05-08", "victoryDay"],
  ["07-14", "bastilleDay"],
  ["08-15", "assumption"],
  ["11-01", "allSaints"],
  ["11-11", "armistice"],
  ["12-25", "christmas"],
];
const EASTER_OFFSETS: [number, FrenchHolidayKey][] = [
  [1, "easterMonday"],
  [39, "ascension"],
  [50, "whitMonday"],
];

export type FrenchHoliday = { day: LocalDay; key: FrenchHolidayKey };

/** Public holidays in metropolitan France with their names' keys, in date order. */
export function namedFrenchPublicHolidays(year: number): FrenchHoliday[] {
  const easter = easterSunday(year);
  return [
    ...FIXED_HOLIDAYS.map(([monthDay, key]) => ({
      day: localDayOfIsoDate(`${year}-${monthDay}`),
      key,
    })),
    ...EASTER_OFFSETS.map(([offset, key]) => ({ day: easter + offset, key })),
  ].sort((a, b) => a.day - b.day);
}

/** Public holidays in metropolitan France: practices are closed, so nothing is booked. */
export function frenchPublicHolidays(year: number): LocalDay[] {
  return namedFrenchPublicHolidays(year).map((holiday) => holiday.day);
}
