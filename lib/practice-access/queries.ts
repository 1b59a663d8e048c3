import "server-only";
import { db } from "@/lib/db";

const CALENDAR_FIELDS = {
  id: true,
  title: true,
  firstName: true,
  lastName: true,
  timeZone: true,
} as const;

/** The practitioner profile a practitioner's account owns, if any. */
export function findOwnPractitioner(userId: string) {
  return db.practitioner.findUnique({ where: { userId }, select: CALENDAR_FIELDS });
}

/** The calendars a secretary holds grants on, by practitioner name. */
export function findGrantedCalendars(userId: string) {
  return db.calendarGrant.findMany({
    where: { userId },
    select: { level: true, practitioner: { select: CALENDAR_FIELDS } },
    orderBy: [{ practitioner: { lastName: "asc" } }, { practitioner: { firstName: "asc" } }],
  });
}
