import { namedFrenchPublicHolidays, type FrenchHolidayKey } from "@/lib/utils/french-holidays";
import { isoDateOfLocalDay, MS_PER_DAY, type LocalDay } from "@/lib/utils/zoned-time";

export type HolidaySuggestion = { date: string; key: FrenchHolidayKey };

/**
 * The next French public holidays from `today` on (within a year), except those an
 * absence already covers: each one is a one-click whole-day absence.
 */
export function holidaySuggestions(
  today: LocalDay,
  coveredDays: ReadonlySet<LocalDay>,
  limit = 6,
): HolidaySuggestion[] {
  const year = new Date(today * MS_PER_DAY).getUTCFullYear();
  return [...namedFrenchPublicHolidays(year), ...namedFrenchPublicHolidays(year + 1)]
    .filter(({ day }) => day >= today && day < today + 365 && !coveredDays.has(day))
    .slice(0, limit)
    .map(({ day, key }) => ({ date: isoDateOfLocalDay(day), key }));
}
