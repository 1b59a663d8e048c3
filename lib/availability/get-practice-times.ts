import "server-only";
import { localDayOfIsoDate, MS_PER_DAY } from "@/lib/utils/zoned-time";
import {
  findPracticeTimeAt,
  listPracticeTimes,
  nextPracticeTimes,
  type PracticeTimeCheck,
} from "./practice-times";
import { loadAvailabilityData } from "./queries";
import type { Slot } from "./types";

// The practice's own view of a practitioner's free time (practice-times.ts), read with the
// same statement as online availability. Callers authorise the actor first.

type PracticeTimeQuery = {
  practitionerId: string;
  motiveId: string;
  now: Date;
  /** A moved appointment does not block its own new time. */
  ignoreAppointmentId?: string;
  locationId?: string;
};

const NEXT_TIMES_COUNT = 5;
const NEXT_TIMES_DAYS = 14;

async function loadFor(query: PracticeTimeQuery, from: Date, to: Date) {
  const [practitioner] = await loadAvailabilityData({
    practitionerIds: [query.practitionerId],
    motiveId: query.motiveId,
    from,
    to,
    ignoreAppointmentId: query.ignoreAppointmentId,
  });
  const motive = practitioner?.motives[0];
  return motive
    ? { schedule: practitioner.schedule, durationMinutes: motive.durationMinutes }
    : null;
}

export type PracticeTimeAnswer = PracticeTimeCheck | { ok: false; reason: "MOTIVE_UNAVAILABLE" };

/** Whether the practice may book `startsAt` for this motive (an inactive or foreign motive: no). */
export async function checkPracticeTime(
  query: PracticeTimeQuery & { startsAt: Date },
): Promise<PracticeTimeAnswer> {
  const to = new Date(query.startsAt.getTime() + 1);
  const loaded = await loadFor(query, query.startsAt, to);
  if (!loaded) return { ok: false, reason: "MOTIVE_UNAVAILABLE" };
  return findPracticeTimeAt(loaded.schedule, { ...query, durationMinutes: loaded.durationMinutes });
}

/** The free times of one local day (YYYY-MM-DD in the practitioner's zone) for the picker. */
export async function getPracticeDayTimes(
  query: PracticeTimeQuery & { isoDate: string },
): Promise<Slot[]> {
  const day = localDayOfIsoDate(query.isoDate);
  // A day and a half either side of the UTC day covers every zone's offset.
  const from = new Date(day * MS_PER_DAY - MS_PER_DAY);
  const loaded = await loadFor(query, from, new Date(day * MS_PER_DAY + 2 * MS_PER_DAY));
  if (!loaded) return [];
  return listPracticeTimes(loaded.schedule, {
    ...query,
    day,
    durationMinutes: loaded.durationMinutes,
  });
}

/** The next free times from `after` on: what a refused time offers instead. */
export async function getNextPracticeTimes(
  query: PracticeTimeQuery & { after: Date },
): Promise<Slot[]> {
  const to = new Date(query.after.getTime() + (NEXT_TIMES_DAYS + 1) * MS_PER_DAY);
  const loaded = await loadFor(query, query.after, to);
  if (!loaded) return [];
  return nextPracticeTimes(loaded.schedule, {
    ...query,
    durationMinutes: loaded.durationMinutes,
    count: NEXT_TIMES_COUNT,
    withinDays: NEXT_TIMES_DAYS,
  });
}
