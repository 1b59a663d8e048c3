import "server-only";
import { getAvailability } from "@/lib/availability/get-availability";
import { groupSlotsByLocalDay, type DaySlots } from "@/lib/availability/group-slots";
import { fieldError } from "@/lib/errors";
import {
  isoDateOfLocalDay,
  localDayAt,
  localDayOfIsoDate,
  MS_PER_DAY,
  startOfLocalDay,
} from "@/lib/utils/zoned-time";
import type { PublicProfile } from "./get-public-profile";
import {
  DEFAULT_AVAILABILITY_RANGE_DAYS,
  MAX_AVAILABILITY_RANGE_DAYS,
  type AvailabilityQuery,
} from "./schemas";

// Free slots of a public profile, from the availability engine booking uses too, so a slot
// shown here is a slot booking accepts.

type Motive = PublicProfile["motives"][number];

/** `days` is null for the motives whose week the profile does not show (see getMotiveWeeks). */
export type MotiveWeek = { motive: Motive; days: DaySlots[] | null };

export const PROFILE_WEEK_DAYS = 7;

/**
 * The coming week of the first motive, for the profile page; the other motives' weeks are a
 * click away on the booking page. Every motive's week made a profile 370 kB of HTML (each
 * slot is a link, sent twice: as markup and in React's payload) and cost the server a
 * computation per motive and visit.
 */
export async function getMotiveWeeks(profile: PublicProfile, now: Date): Promise<MotiveWeek[]> {
  const [first, ...others] = profile.motives;
  if (!first) return [];
  const to = new Date(now.getTime() + PROFILE_WEEK_DAYS * MS_PER_DAY);
  const [availability] = await getAvailability({
    practitionerIds: [profile.id],
    motiveId: first.id,
    from: now,
    to,
    now,
  });
  return [
    { motive: first, days: groupSlotsByLocalDay(availability?.slots ?? [], profile.timeZone) },
    ...others.map((motive) => ({ motive, days: null })),
  ];
}

export type PractitionerSlots = {
  timeZone: string;
  /** First and last local day asked (inclusive). */
  from: string;
  to: string;
  motive: Motive | null;
  slots: { startsAt: Date; endsAt: Date; locationId: string }[];
};

/** Slots between two local days of the practitioner's calendar, for one motive or the default. */
export async function getPractitionerSlots(
  profile: PublicProfile,
  query: AvailabilityQuery,
  now: Date,
  /** The appointment being moved, whose own time is free to move within. */
  ignoreAppointmentId?: string,
): Promise<PractitionerSlots> {
  const firstDay = query.from
    ? localDayOfIsoDate(query.from)
    : localDayAt(now.getTime(), profile.timeZone);
  const lastDay = query.to
    ? localDayOfIsoDate(query.to)
    : firstDay + DEFAULT_AVAILABILITY_RANGE_DAYS - 1;
  if (lastDay < firstDay) throw fieldError("to", "practitioner.errors.toBeforeFrom");
  if (lastDay - firstDay + 1 > MAX_AVAILABILITY_RANGE_DAYS) {
    throw fieldError("to", "practitioner.errors.rangeTooLong");
  }
  if (query.motive && !profile.motives.some((motive) => motive.id === query.motive)) {
    throw fieldError("motive", "practitioner.errors.motiveNotOffered");
  }
  const [availability] = await getAvailability({
    practitionerIds: [profile.id],
    motiveId: query.motive,
    from: new Date(startOfLocalDay(firstDay, profile.timeZone)),
    to: new Date(startOfLocalDay(lastDay + 1, profile.timeZone)),
    now,
    ignoreAppointmentId,
  });
  const motiveId = availability?.motive?.id;
  return {
    timeZone: profile.timeZone,
    from: isoDateOfLocalDay(firstDay),
    to: isoDateOfLocalDay(lastDay),
    motive: profile.motives.find((motive) => motive.id === motiveId) ?? null,
    slots: availability?.slots ?? [],
  };
}
