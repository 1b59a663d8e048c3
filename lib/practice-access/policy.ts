// Who may do what in a practitioner's agenda. Pure: the use cases feed it the actor's
// relation to the calendar (lib/practice-access/calendar-access.ts) and act on the answer.

/** The actor's relation to one practitioner's calendar. */
export type CalendarRole = "OWNER" | "MANAGE" | "VIEW";

/**
 * What an action needs: "view" reads the agenda and the patients in it, "manage" books,
 * moves, cancels and changes statuses, "settings" changes hours, motives, rules and grants.
 */
export type CalendarPermission = "view" | "manage" | "settings";

const ALLOWED: Record<CalendarRole, ReadonlySet<CalendarPermission>> = {
  OWNER: new Set(["view", "manage", "settings"]),
  MANAGE: new Set(["view", "manage"]),
  VIEW: new Set(["view"]),
};

export function calendarRoleAllows(role: CalendarRole, permission: CalendarPermission): boolean {
  return ALLOWED[role].has(permission);
}
