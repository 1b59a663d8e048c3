import "server-only";
import type { Actor } from "@/lib/auth/session";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import {
  formatMinuteOfDay,
  isoDateOfLocalDay,
  localDayAt,
  localDayOfCalendarDate,
  MS_PER_DAY,
} from "@/lib/utils/zoned-time";
import { findCurrentAndFutureHours, findPracticeLocations } from "./queries";

export type HoursRangeView = { weekday: number; start: string; end: string };

export type PracticeHoursView = {
  locationId: string;
  name: string | null;
  address: string;
  /** The ranges in force today. */
  ranges: HoursRangeView[];
  /** Changes already saved that start later: their first day and ranges. */
  scheduled: { from: string; ranges: HoursRangeView[] }[];
};

export type WeeklyHoursView = {
  practitionerId: string;
  timeZone: string;
  /** Today in the practitioner's zone, YYYY-MM-DD: the earliest day a change may start. */
  today: string;
  practices: PracticeHoursView[];
};

/** The practitioner's own weekly hours, practice by practice, as they are and will be. */
export async function getWeeklyHours(actor: Actor, now = new Date()): Promise<WeeklyHoursView> {
  const calendar = await requireCalendar(actor, "settings");
  const { practitionerId, timeZone } = calendar;
  const today = localDayAt(now.getTime(), timeZone);
  const [locations, rows] = await Promise.all([
    findPracticeLocations(practitionerId),
    findCurrentAndFutureHours(practitionerId, new Date(today * MS_PER_DAY)),
  ]);
  const practices = locations.map((location) => {
    const own = rows.filter((row) => row.locationId === location.id);
    const startsLater = (row: (typeof own)[number]) =>
      row.validFrom !== null && localDayOfCalendarDate(row.validFrom) > today;
    const scheduledDays = [
      ...new Set(own.filter(startsLater).map((row) => localDayOfCalendarDate(row.validFrom!))),
    ].sort((a, b) => a - b);
    return {
      locationId: location.id,
      name: location.name,
      address: `${location.address}, ${location.postcode} ${location.city}`,
      ranges: own.filter((row) => !startsLater(row)).map(toRangeView),
      scheduled: scheduledDays.map((day) => ({
        from: isoDateOfLocalDay(day),
        ranges: own
          .filter((row) => row.validFrom && localDayOfCalendarDate(row.validFrom) === day)
          .map(toRangeView),
      })),
    };
  });
  return { practitionerId, timeZone, today: isoDateOfLocalDay(today), practices };
}

function toRangeView(row: { weekday: number; startMinute: number; endMinute: number }) {
  return {
    weekday: row.weekday,
    start: formatMinuteOfDay(row.startMinute),
    end: formatMinuteOfDay(row.endMinute),
  };
}
