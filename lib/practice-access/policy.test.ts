import { describe, expect, it } from "vitest";
import { calendarRoleAllows, type CalendarPermission, type CalendarRole } from "./policy";

const cases: [CalendarRole, CalendarPermission, boolean][] = [
  ["OWNER", "view", true],
  ["OWNER", "manage", true],
  ["OWNER", "settings", true],
  ["MANAGE", "view", true],
  ["MANAGE", "manage", true],
  ["MANAGE", "settings", false],
  ["VIEW", "view", true],
  ["VIEW", "manage", false],
  ["VIEW", "settings", false],
];

describe("calendarRoleAllows", () => {
  it.each(cases)("%s may %s: %s", (role, permission, allowed) => {
    expect(calendarRoleAllows(role, permission)).toBe(allowed);
  });
});
