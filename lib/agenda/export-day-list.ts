import "server-only";
import type { Actor } from "@/lib/auth/session";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { rangeOfDays, todayIn } from "./agenda-range";
import { readAppointmentsLogged } from "./read-appointments";

/**
 * One day's list of patients with their contacts, to print or download (CSV): an export of
 * patient data, logged as EXPORT_DAY_LIST once a day per patient. Cancelled appointments
 * are left out (nobody is expected). The day defaults to today in the practitioner's zone.
 */
export async function exportDayList(
  actor: Actor,
  input: { date?: string; practitionerId?: string },
  now: Date,
) {
  const calendar = await requireCalendar(actor, "view", input.practitionerId);
  const date = input.date ?? todayIn(calendar.timeZone, now);
  const range = rangeOfDays(date, date, calendar.timeZone);
  const appointments = await readAppointmentsLogged(
    actor,
    calendar,
    range,
    "EXPORT_DAY_LIST",
    now,
    { withCancelled: false },
  );
  return { calendar, date, appointments };
}
