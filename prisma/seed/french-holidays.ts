import { localDayOfIsoDate, type LocalDay } from "../../lib/utils/zoned-time";

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

const FIXED_HOLIDAYS = ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"];
// Easter Monday, Ascension Thursday, Whit Monday.
const EASTER_OFFSETS = [1, 39, 50];

/** Public holidays in metropolitan France: practices are closed, so nothing is booked. */
export function frenchPublicHolidays(year: number): LocalDay[] {
  const easter = easterSunday(year);
  return [
    ...FIXED_HOLIDAYS.map((monthDay) => localDayOfIsoDate(`${year}-${monthDay}`)),
    ...EASTER_OFFSETS.map((offset) => easter + offset),
  ].sort((a, b) => a - b);
}
