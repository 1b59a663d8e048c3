import type { z } from "zod";
import { formatInstantWithOffset, profilePath } from "@/lib/practitioners/format";
import type { PractitionerSlots } from "@/lib/practitioners/get-practitioner-slots";
import type { PublicProfile } from "@/lib/practitioners/get-public-profile";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { formatMinuteOfDay } from "@/lib/utils/zoned-time";
import { PAGE_SIZE } from "../schemas";
import type { SearchOutcome } from "../search-practitioners";
import type { slotsResponseSchema } from "./get-availability.openapi";
import type { profileResponseSchema } from "./get-practitioner.openapi";
import type { searchResponseSchema } from "./search-practitioners.openapi";

// Use-case results as the JSON API shows them, typed by the contract. Pure.

type Results = Extract<SearchOutcome, { kind: "results" }>;

export function presentSearch(outcome: Results): z.output<typeof searchResponseSchema> {
  return {
    place: outcome.place,
    radiusKm: outcome.radiusKm,
    sort: outcome.sort,
    matchedSpecialties: outcome.matchedSpecialties,
    total: outcome.total,
    truncated: outcome.truncated,
    page: outcome.page,
    pageSize: PAGE_SIZE,
    pageCount: outcome.pageCount,
    results: outcome.results.map((result) => ({
      id: result.id,
      slug: result.slug,
      name: practitionerName(result),
      title: result.title,
      firstName: result.firstName,
      lastName: result.lastName,
      specialty: result.specialty,
      languages: result.languages,
      acceptsNewPatients: result.acceptsNewPatients,
      teleconsultation: result.teleconsultation,
      conventionSector: result.conventionSector,
      practices: result.locations.map(({ id, name, address, postcode, city }) => ({
        id,
        name,
        address,
        postcode,
        city,
      })),
      distanceKm:
        result.distanceMeters === null ? null : Math.round(result.distanceMeters / 100) / 10,
      timeZone: result.timeZone,
      nextFreeDays: result.nextFreeDays.map(({ date, starts }) => ({
        date,
        starts: starts.map((start) => formatInstantWithOffset(new Date(start), result.timeZone)),
      })),
      profileUrl: profilePath(result.slug),
    })),
  };
}

export function presentProfile(profile: PublicProfile): z.output<typeof profileResponseSchema> {
  return {
    id: profile.id,
    slug: profile.slug,
    name: practitionerName(profile),
    title: profile.title,
    firstName: profile.firstName,
    lastName: profile.lastName,
    bio: profile.bio,
    specialty: profile.specialty,
    languages: profile.languages,
    acceptsNewPatients: profile.acceptsNewPatients,
    conventionSector: profile.conventionSector,
    fees: profile.fees,
    timeZone: profile.timeZone,
    practices: profile.locations.map(({ hours, ...location }) => ({
      ...location,
      openingHours: hours.map(({ weekday, startMinute, endMinute }) => ({
        weekday,
        start: formatMinuteOfDay(startMinute),
        end: formatMinuteOfDay(endMinute),
      })),
    })),
    motives: profile.motives.map((motive) => ({
      id: motive.id,
      name: motive.name,
      durationMinutes: motive.durationMinutes,
      teleconsultation: motive.teleconsultation,
      newPatients: motive.allowNewPatients,
      returningPatients: motive.allowReturning,
    })),
  };
}

export function presentSlots(slots: PractitionerSlots): z.output<typeof slotsResponseSchema> {
  return {
    timeZone: slots.timeZone,
    from: slots.from,
    to: slots.to,
    motive: slots.motive && {
      id: slots.motive.id,
      name: slots.motive.name,
      durationMinutes: slots.motive.durationMinutes,
    },
    slots: slots.slots.map((slot) => ({
      start: formatInstantWithOffset(slot.startsAt, slots.timeZone),
      end: formatInstantWithOffset(slot.endsAt, slots.timeZone),
      practiceId: slot.locationId,
    })),
  };
}
