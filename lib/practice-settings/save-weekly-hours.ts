import "server-only";
import type { Actor } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db-transaction";
import { fieldError, sqlStateOf } from "@/lib/errors";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { localDayAt, localDayOfIsoDate, MS_PER_DAY, startOfLocalDay } from "@/lib/utils/zoned-time";
import {
  countOwnLocations,
  findComingAppointments,
  findCurrentAndFutureHours,
  replaceHoursFrom,
} from "./queries";
import type { WeeklyHoursInput } from "./schemas";
import { isInsideHours } from "./weekly-ranges";

const V = "practiceSettings.validation";
// Enough for any practice's year; the page lists them, it does not page through them.
const APPOINTMENTS_CHECKED = 2000;

export type AppointmentTime = { id: string; startsAt: Date; endsAt: Date };

/**
 * Sets a practice's weekly hours from a chosen day on, without rewriting the past, in one
 * transaction. The database refuses hours that overlap the practitioner's hours at another
 * practice (an exclusion constraint: two requests cannot both slip past it). Nothing booked
 * is touched: the answer lists the coming appointments the new hours leave outside, for
 * the practice to move or cancel.
 */
export async function saveWeeklyHours(
  actor: Actor,
  input: WeeklyHoursInput,
  now = new Date(),
): Promise<{ timeZone: string; outsideHours: AppointmentTime[] }> {
  const { practitionerId, timeZone } = await requireCalendar(actor, "settings");
  if ((await countOwnLocations(practitionerId, [input.locationId])) !== 1) {
    throw fieldError("locationId", `${V}.location`);
  }
  const firstDay = localDayOfIsoDate(input.effectiveFrom);
  if (firstDay < localDayAt(now.getTime(), timeZone)) {
    throw fieldError("effectiveFrom", `${V}.effectiveFromPast`);
  }
  try {
    await inTransaction((tx) =>
      replaceHoursFrom(tx, {
        practitionerId,
        locationId: input.locationId,
        effectiveFrom: new Date(firstDay * MS_PER_DAY),
        ranges: input.ranges,
      }),
    );
  } catch (error) {
    if (sqlStateOf(error) === "23P01") throw fieldError("ranges", `${V}.overlapsOtherPractice`);
    throw error;
  }
  const from = Math.max(now.getTime(), startOfLocalDay(firstDay, timeZone));
  const [appointments, windows] = await Promise.all([
    findComingAppointments(practitionerId, new Date(from), APPOINTMENTS_CHECKED),
    findCurrentAndFutureHours(practitionerId, new Date(firstDay * MS_PER_DAY)),
  ]);
  return {
    timeZone,
    outsideHours: appointments
      .filter((appointment) => !isInsideHours(appointment, windows, timeZone))
      .map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt })),
  };
}
