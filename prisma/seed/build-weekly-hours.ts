import type { HoursProfile } from "./data/weekly-hours";
import type { HoursPlan } from "./plan-types";
import type { Random } from "./prng";

const WEEKDAYS = [1, 2, 3, 4, 5];
const SATURDAY = 6;
// Afternoons traditionally closed in France: Wednesday (children's day) or Thursday.
const AFTERNOON_OFF_DAYS = [3, 4];

/**
 * A practitioner's week, varied from their specialty's profile: maybe a day off, a closed
 * afternoon, a Saturday morning, opening a bit earlier or closing a bit later. With a
 * second practice, one of the opening days is spent there.
 */
export function buildWeeklyHours(
  random: Random,
  profile: HoursProfile,
  locationCount: number,
): HoursPlan[] {
  const days = [...WEEKDAYS];
  if (random.chance(profile.dayOff)) days.splice(random.int(0, days.length - 1), 1);
  const afternoonOff = random.chance(profile.afternoonOff)
    ? random.pick(AFTERNOON_OFF_DAYS)
    : undefined;
  const morningShift = random.pick([-30, 0, 0, 0, 30]);
  const eveningShift = random.pick([-60, -30, 0, 0, 30]);
  const morning = [profile.morning[0] + morningShift, profile.morning[1]] as const;
  const afternoon =
    profile.afternoon && ([profile.afternoon[0], profile.afternoon[1] + eveningShift] as const);

  const hours: HoursPlan[] = [];
  const add = (weekday: number, [startMinute, endMinute]: readonly [number, number]) =>
    hours.push({ locationIndex: 0, weekday, startMinute, endMinute });
  for (const weekday of days) {
    add(weekday, afternoon ? morning : [morning[0], morning[1] + eveningShift]);
    if (afternoon && weekday !== afternoonOff) add(weekday, afternoon);
  }
  if (random.chance(profile.saturday)) add(SATURDAY, profile.saturdayWindow);

  if (locationCount > 1) {
    const secondPracticeDay = random.pick(days);
    for (const window of hours) if (window.weekday === secondPracticeDay) window.locationIndex = 1;
  }
  return hours;
}
