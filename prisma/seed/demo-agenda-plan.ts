import type { Random } from "./prng";
import type { ZonedClock } from "./zoned-time";
import type { AppointmentStatus } from "../../lib/generated/prisma/client";
import { isoWeekdayOfLocalDay, MS_PER_MINUTE, type LocalDay } from "../../lib/utils/zoned-time";

// The demo practitioner's current week, planned as plain data (pure, deterministic for a
// given seed and day): her opening windows filled to a busy practice's density around
// what is already booked, with who the patient is and how it went.

export type DemoWindow = {
  weekday: number;
  startMinute: number;
  endMinute: number;
  locationId: string;
};
export type DemoMotive = { id: string; durationMinutes: number; teleconsultation: boolean };
export type Interval = { startsAt: number; endsAt: number };

/** Who comes: a patient of the practice's own file, or an account holder (or their child). */
export type DemoPatientKind = "practice" | "self" | "child";

export type DemoAppointment = Interval & {
  motiveId: string;
  locationId: string | null;
  status: AppointmentStatus;
  patientKind: DemoPatientKind;
};

export type DemoAbsence = Interval & { label: string };

type WeekInput = {
  today: LocalDay;
  nowMs: number;
  clock: ZonedClock;
  windows: DemoWindow[];
  motives: DemoMotive[];
  /** Appointments and absences already in the calendar: never overlapped. */
  busy: Interval[];
};

const FILL_RATE = 0.97;
/**
 * Busy, but not full: half an hour on the hour is kept free in each opening window, where
 * nothing else is, so that patients searching online still find the demo practitioner
 * bookable, a first visit (the longest motive, 30 minutes) included, about twice a day. A
 * whole hour in each window left days with an absence under the 25 appointments a busy
 * practice has; one block a day left too few first visits for a week of visitors.
 */
const FREE_BLOCK_MINUTES = 30;

/** Blocked time of the week, at fixed places (inside hours, so they show in the grid). */
export function planDemoAbsences(input: Pick<WeekInput, "today" | "clock">): DemoAbsence[] {
  const monday = input.today - (isoWeekdayOfLocalDay(input.today) - 1);
  const at = (day: LocalDay, minute: number, length: number, label: string) => {
    const startsAt = input.clock.slotStart(day, minute, length);
    return startsAt === null
      ? []
      : [{ startsAt, endsAt: startsAt + length * MS_PER_MINUTE, label }];
  };
  return [
    ...at(monday + 1, 11 * 60 + 30, 60, "Réunion"),
    ...at(monday + 3, 17 * 60, 90, "Visites à domicile"),
    ...at(monday + 4, 8 * 60 + 30, 30, "Formation"),
  ];
}

/**
 * A free block starting on the hour inside the window, drawn at random among the hours that
 * nothing already takes (an absence, an earlier booking); null when none is left.
 */
function freeBlockIn(
  window: DemoWindow,
  random: Random,
  isFree: (startMinute: number, endMinute: number) => boolean,
): { start: number; end: number } | null {
  const candidates: number[] = [];
  const first = Math.ceil(window.startMinute / 60) * 60;
  for (let start = first; start + FREE_BLOCK_MINUTES <= window.endMinute; start += 60) {
    if (isFree(start, start + FREE_BLOCK_MINUTES)) candidates.push(start);
  }
  if (candidates.length === 0) return null;
  const start = random.pick(candidates);
  return { start, end: start + FREE_BLOCK_MINUTES };
}

export function planDemoWeek(random: Random, input: WeekInput): DemoAppointment[] {
  const monday = input.today - (isoWeekdayOfLocalDay(input.today) - 1);
  const taken = [...input.busy];
  const overlaps = (interval: Interval) =>
    taken.some((other) => other.startsAt < interval.endsAt && interval.startsAt < other.endsAt);
  const planned: DemoAppointment[] = [];
  const shortest = input.motives.reduce((a, b) => (b.durationMinutes < a.durationMinutes ? b : a));
  const slotOf = (motive: DemoMotive, day: LocalDay, minute: number) => {
    const startsAt = input.clock.slotStart(day, minute, motive.durationMinutes);
    if (startsAt === null) return null;
    return {
      motive,
      minute,
      interval: { startsAt, endsAt: startsAt + motive.durationMinutes * MS_PER_MINUTE },
    };
  };
  for (let day = monday; day < monday + 7; day++) {
    const dayStartsAt = planned.length;
    const weekday = isoWeekdayOfLocalDay(day);
    const windows = input.windows
      .filter((candidate) => candidate.weekday === weekday)
      .sort((a, b) => a.startMinute - b.startMinute);
    const isFree = (startMinute: number, endMinute: number) => {
      const startsAt = input.clock.slotStart(day, startMinute, endMinute - startMinute);
      return (
        startsAt !== null &&
        !overlaps({ startsAt, endsAt: startsAt + (endMinute - startMinute) * MS_PER_MINUTE })
      );
    };
    for (const window of windows) {
      const freeBlock = freeBlockIn(window, random, isFree);
      const fits = (slot: ReturnType<typeof slotOf>) =>
        slot !== null &&
        slot.minute + slot.motive.durationMinutes <= window.endMinute &&
        !overlaps(slot.interval);
      let minute = window.startMinute;
      while (minute < window.endMinute) {
        // Short visits (a renewal, a vaccination) are the most frequent in a GP's day; a gap
        // too short for the one drawn still takes the shortest.
        const drawn = random.pickWeighted(input.motives, (each) => 1 / each.durationMinutes);
        const slot = [drawn, shortest].map((motive) => slotOf(motive, day, minute)).find(fits);
        if (!slot) {
          minute += 5;
          continue;
        }
        if (
          freeBlock &&
          slot.minute < freeBlock.end &&
          freeBlock.start < slot.minute + slot.motive.durationMinutes
        ) {
          minute = freeBlock.end;
          continue;
        }
        if (!random.chance(FILL_RATE)) {
          // Left free: the agenda shows a free time there.
          minute += slot.motive.durationMinutes;
          continue;
        }
        taken.push(slot.interval);
        planned.push({
          ...slot.interval,
          motiveId: slot.motive.id,
          locationId: slot.motive.teleconsultation ? null : window.locationId,
          status: statusOf(random, slot.interval, input.nowMs),
          patientKind: random.pickWeighted(PATIENT_KINDS, (kind) => kind.weight).kind,
        });
        minute += slot.motive.durationMinutes;
      }
    }
    leaveDayEndUnmarked(planned.slice(dayStartsAt));
  }
  return planned;
}

const PATIENT_KINDS = [
  { kind: "practice", weight: 45 },
  { kind: "self", weight: 40 },
  { kind: "child", weight: 15 },
] as const satisfies readonly { kind: DemoPatientKind; weight: number }[];

const HOUR_MS = 60 * MS_PER_MINUTE;
const UNMARKED_AT_DAY_END = 3;

// The practice has not marked the last visits of each past day yet, as happens after a
// busy evening: whatever the day and hour, the demo agenda has appointments that await a
// mark (and the agenda's end-to-end test uses them on a Sunday or after closing).
function leaveDayEndUnmarked(day: DemoAppointment[]): void {
  day
    .filter((appointment) => appointment.status === "COMPLETED" || appointment.status === "NO_SHOW")
    .sort((a, b) => a.startsAt - b.startsAt)
    .slice(-UNMARKED_AT_DAY_END)
    .forEach((appointment) => (appointment.status = "BOOKED"));
}

// Past ones were mostly seen, a few missed; the last hour's are in the waiting room.
function statusOf(random: Random, interval: Interval, nowMs: number): AppointmentStatus {
  if (interval.startsAt > nowMs) return "BOOKED";
  if (interval.startsAt > nowMs - HOUR_MS) return "ARRIVED";
  return random.chance(0.08) ? "NO_SHOW" : "COMPLETED";
}
