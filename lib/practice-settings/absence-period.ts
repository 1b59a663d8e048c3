import {
  localDayOfIsoDate,
  startOfLocalDay,
  zonedToUtc,
  type LocalDay,
} from "@/lib/utils/zoned-time";
import type { AbsenceForm } from "./schemas";

export type AbsencePeriod = { startsAt: Date; endsAt: Date };
export type AbsencePeriodProblem = { field: "lastDay" | "end" | "start"; problem: string };

/**
 * The instants an absence form means in the practitioner's zone: whole days run from the
 * first day's midnight to the midnight after the last day (23 or 25 hours on DST days),
 * hours are wall-clock times of one day. A time a DST change skips is refused.
 */
export function absencePeriodOf(
  form: AbsenceForm,
  timeZone: string,
): AbsencePeriod | AbsencePeriodProblem {
  if (form.kind === "days") {
    const first = localDayOfIsoDate(form.firstDay);
    const last = localDayOfIsoDate(form.lastDay);
    if (last < first) return { field: "lastDay", problem: "endBeforeStart" };
    return wholeDays(first, last, timeZone);
  }
  const day = localDayOfIsoDate(form.day);
  if (form.end <= form.start) return { field: "end", problem: "endBeforeStart" };
  const startsAt = zonedToUtc(day, form.start, timeZone);
  const endsAt = zonedToUtc(day, form.end, timeZone);
  if (startsAt === null) return { field: "start", problem: "skippedTime" };
  if (endsAt === null) return { field: "end", problem: "skippedTime" };
  return { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
}

export function wholeDays(first: LocalDay, last: LocalDay, timeZone: string): AbsencePeriod {
  return {
    startsAt: new Date(startOfLocalDay(first, timeZone)),
    endsAt: new Date(startOfLocalDay(last + 1, timeZone)),
  };
}
