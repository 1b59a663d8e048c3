import {
  isoDateOfLocalDay,
  localDayAt,
  localDayOfIsoDate,
  startOfLocalDay,
} from "@/lib/utils/zoned-time";

// Days of a practitioner's calendar as real time. Pure.

/** Real time from the start of `firstDay` to the start of the day after `lastDay`. */
export function rangeOfDays(
  firstDay: string,
  lastDay: string,
  timeZone: string,
): { from: Date; to: Date } {
  return {
    from: new Date(startOfLocalDay(localDayOfIsoDate(firstDay), timeZone)),
    to: new Date(startOfLocalDay(localDayOfIsoDate(lastDay) + 1, timeZone)),
  };
}

/** Today's date in the zone, YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  return isoDateOfLocalDay(localDayAt(now.getTime(), timeZone));
}
