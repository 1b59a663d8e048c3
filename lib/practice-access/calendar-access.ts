import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { calendarRoleAllows, type CalendarPermission, type CalendarRole } from "./policy";
import { findGrantedCalendars, findOwnPractitioner } from "./queries";

export type { CalendarPermission, CalendarRole };

/** One practitioner's agenda as an actor may reach it. */
export type CalendarAccess = {
  practitionerId: string;
  role: CalendarRole;
  title: "DR" | "PR" | "NONE";
  firstName: string;
  lastName: string;
  timeZone: string;
};

/**
 * Every agenda the actor works in: a practitioner's own, a secretary's granted ones (read
 * on every request, so a revoked grant stops at the next one), nothing for anyone else.
 * Read once per request (React `cache`): the layout, the page and the use case all ask.
 */
export function calendarsOf(actor: Actor): Promise<CalendarAccess[]> {
  return calendarsOfUser(actor.id, actor.role);
}

// Keyed by the id and the role, not the actor object: callers pass different objects for
// the same user. Outside a request (scripts, tests) `cache` does not memoise.
const calendarsOfUser = cache(async (userId: string, role: Actor["role"]) => {
  if (role === "PRACTITIONER") {
    const own = await findOwnPractitioner(userId);
    return own ? [{ ...toCalendar(own), role: "OWNER" as const }] : [];
  }
  if (role === "SECRETARY") {
    const grants = await findGrantedCalendars(userId);
    return grants.map(({ level, practitioner }) => ({ ...toCalendar(practitioner), role: level }));
  }
  return [];
});

/**
 * The agenda the actor asks for (their only or first one when none is named), if they may
 * do `permission` in it. No access at all, or a calendar they do not work in, is a 404 —
 * probing ids tells nothing; a calendar they see but may not change is a 403.
 */
export async function requireCalendar(
  actor: Actor,
  permission: CalendarPermission,
  practitionerId?: string,
): Promise<CalendarAccess> {
  const calendars = await calendarsOf(actor);
  const calendar = practitionerId
    ? calendars.find((candidate) => candidate.practitionerId === practitionerId)
    : calendars[0];
  if (!calendar) throw new AppError("NOT_FOUND");
  if (!calendarRoleAllows(calendar.role, permission)) throw new AppError("FORBIDDEN");
  return calendar;
}

function toCalendar(practitioner: {
  id: string;
  title: CalendarAccess["title"];
  firstName: string;
  lastName: string;
  timeZone: string;
}): Omit<CalendarAccess, "role"> {
  const { id, ...rest } = practitioner;
  return { practitionerId: id, ...rest };
}
