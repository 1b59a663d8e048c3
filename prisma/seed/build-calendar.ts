import type {
  AbsencePlan,
  AppointmentPlan,
  CalendarPlan,
  HoursPlan,
  PractitionerPlan,
} from "./plan-types";
import type { Random } from "./prng";
import { type ZonedClock } from "./zoned-time";
import type { AppointmentStatus } from "../../lib/generated/prisma/client";
import { frenchPublicHolidays } from "../../lib/utils/french-holidays";
import { isoWeekdayOfLocalDay, type LocalDay } from "../../lib/utils/zoned-time";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export type CalendarSpan = {
  /** The local day the seed runs on, and the instant that splits past from future. */
  today: LocalDay;
  nowMs: number;
  pastDays: number;
  futureDays: number;
  /** Scales bookingRate(): 1 for lifelike diaries, less to write fewer rows. */
  fill: number;
};

export type CalendarContext = CalendarSpan & {
  random: Random;
  /** Local wall-clock → UTC in the practitioner's zone. */
  clock: ZonedClock;
  /** Size of the pool of anonymous patients appointments are spread over. */
  patientPoolSize: number;
};

export function planCalendar(plan: PractitionerPlan, context: CalendarContext): CalendarPlan {
  const absences = planAbsences(context);
  return { absences, appointments: planAppointments(plan, absences, context) };
}

/**
 * Public holidays for everyone (the practice is closed, the slot engine must know it), a
 * week of leave for some and a training day for others within the coming weeks.
 */
function planAbsences({
  random,
  today,
  pastDays,
  futureDays,
  clock,
}: CalendarContext): AbsencePlan[] {
  const absences = publicHolidaysBetween(today - pastDays, today + futureDays).map((day) => ({
    startsAt: clock.dayStart(day),
    endsAt: clock.dayStart(day + 1),
    label: "Jour férié",
  }));
  if (random.chance(0.35)) {
    const day = today + random.int(7, 75);
    const monday = day + ((8 - isoWeekdayOfLocalDay(day)) % 7);
    absences.push({
      startsAt: clock.dayStart(monday),
      endsAt: clock.dayStart(monday + 7),
      label: "Congés",
    });
  }
  if (random.chance(0.2)) {
    const day = today + random.int(2, 60);
    absences.push({
      startsAt: clock.dayStart(day),
      endsAt: clock.dayStart(day + 1),
      label: "Formation",
    });
  }
  return absences;
}

function publicHolidaysBetween(firstDay: LocalDay, endDay: LocalDay): LocalDay[] {
  const firstYear = new Date(firstDay * MS_PER_DAY).getUTCFullYear();
  const lastYear = new Date(endDay * MS_PER_DAY).getUTCFullYear();
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  return years.flatMap(frenchPublicHolidays).filter((day) => day >= firstDay && day < endDay);
}

/**
 * Past days were mostly full; the coming days fill up first and later weeks stay open,
 * as in real diaries: about one slot in five over the next 90 days.
 */
function bookingRate(offsetDays: number): number {
  return offsetDays < 0 ? 0.75 : 0.12 + 0.55 * Math.exp(-offsetDays / 14);
}

/**
 * Walks every opening window of every day in the span and books some slots. A start sits
 * on its motive's own grid from the window's opening (start + k × (duration + buffer)),
 * where a slot engine would offer it, and never before the previous appointment (plus
 * buffer) ends, so a practitioner's appointments never overlap and never leave the hours.
 */
function planAppointments(
  plan: PractitionerPlan,
  absences: AbsencePlan[],
  context: CalendarContext,
): AppointmentPlan[] {
  const { random, today, pastDays, futureDays, fill, clock } = context;
  const windowsByWeekday = groupByWeekday(plan.hours);
  const motiveIndexes = plan.motives.map((_, index) => index);
  const appointments: AppointmentPlan[] = [];
  let lastEndsAt = -Infinity;

  for (let day = today - pastDays; day < today + futureDays; day++) {
    const rate = fill * bookingRate(day - today);
    for (const window of windowsByWeekday.get(isoWeekdayOfLocalDay(day)) ?? []) {
      let cursor = window.startMinute;
      for (;;) {
        // First visits and follow-ups are what most people book.
        const motiveIndex = random.pickWeighted(motiveIndexes, (index) => (index < 2 ? 3 : 1));
        const { durationMinutes } = plan.motives[motiveIndex];
        const step = durationMinutes + plan.bufferMinutes;
        const start = window.startMinute + Math.ceil((cursor - window.startMinute) / step) * step;
        if (start + durationMinutes > window.endMinute) break;
        cursor = start + step;
        if (!random.chance(rate)) continue;

        const startsAt = clock.slotStart(day, start, durationMinutes);
        if (startsAt === null) continue;
        const endsAt = startsAt + durationMinutes * MS_PER_MINUTE;
        // Wall-clock order and UTC order differ only around a DST change; keep UTC strict.
        if (
          startsAt < lastEndsAt ||
          absences.some((absence) => absence.startsAt < endsAt && startsAt < absence.endsAt)
        ) {
          continue;
        }
        lastEndsAt = endsAt + plan.bufferMinutes * MS_PER_MINUTE;
        appointments.push({
          day,
          motiveIndex,
          locationIndex: window.locationIndex,
          startsAt,
          endsAt,
          bookedAt: Math.min(context.nowMs, startsAt - random.int(1, 30) * MS_PER_DAY),
          status: pickStatus(random, startsAt < context.nowMs),
          patient: { pool: random.int(0, context.patientPoolSize - 1) },
        });
      }
    }
  }
  return appointments;
}

function groupByWeekday(hours: HoursPlan[]): Map<number, HoursPlan[]> {
  const byWeekday = new Map<number, HoursPlan[]>();
  for (const window of [...hours].sort((a, b) => a.startMinute - b.startMinute)) {
    byWeekday.set(window.weekday, [...(byWeekday.get(window.weekday) ?? []), window]);
  }
  return byWeekday;
}

const PAST_STATUSES: [AppointmentStatus, number][] = [
  ["COMPLETED", 92],
  ["NO_SHOW", 3],
  ["CANCELLED", 5],
];
const FUTURE_STATUSES: [AppointmentStatus, number][] = [
  ["BOOKED", 95],
  ["CANCELLED", 5],
];

function pickStatus(random: Random, isPast: boolean): AppointmentStatus {
  return random.pickWeighted(isPast ? PAST_STATUSES : FUTURE_STATUSES, ([, weight]) => weight)[0];
}
