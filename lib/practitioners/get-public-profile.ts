import "server-only";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localDayAt, localDayOfCalendarDate } from "@/lib/utils/zoned-time";
import type { ConventionSector, PractitionerTitle } from "./format";
import { findPublicProfileBySlug, type PublicProfileRow } from "./queries";
import { specialtyName } from "./specialty-name";

// A practitioner's public profile. Public by nature, so no actor: but only verified
// practitioners have one, and a missing, unverified or malformed slug is the same 404.

type OpeningWindow = { weekday: number; startMinute: number; endMinute: number };

export type PublicProfile = {
  id: string;
  slug: string;
  title: PractitionerTitle;
  firstName: string;
  lastName: string;
  bio: string | null;
  specialty: { slug: string; name: string };
  languages: string[];
  acceptsNewPatients: boolean;
  conventionSector: ConventionSector;
  fees: { minCents: number | null; maxCents: number | null };
  timeZone: string;
  locations: {
    id: string;
    name: string | null;
    address: string;
    postcode: string;
    city: string;
    phone: string | null;
    latitude: number;
    longitude: number;
    hours: OpeningWindow[];
  }[];
  motives: {
    id: string;
    name: string;
    durationMinutes: number;
    teleconsultation: boolean;
    allowNewPatients: boolean;
    allowReturning: boolean;
  }[];
};

const SLUG = /^[a-z0-9-]{1,120}$/;

export async function getPublicProfile(
  slug: string,
  now: Date = new Date(),
  /** The reader's language, for the specialty's name. */
  locale: Locale = DEFAULT_LOCALE,
): Promise<PublicProfile> {
  const row = SLUG.test(slug) ? await findPublicProfileBySlug(slug) : null;
  if (!row) throw new AppError("NOT_FOUND");
  return toPublicProfile(row, localDayAt(now.getTime(), row.timeZone), locale);
}

function toPublicProfile(row: PublicProfileRow, today: number, locale: Locale): PublicProfile {
  // The hours in force today; past and future schedules are the practitioner's business.
  const current = row.openingHours.filter(
    (window) =>
      (!window.validFrom || localDayOfCalendarDate(window.validFrom) <= today) &&
      (!window.validTo || localDayOfCalendarDate(window.validTo) >= today),
  );
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    firstName: row.firstName,
    lastName: row.lastName,
    bio: row.bio,
    specialty: { slug: row.specialty.slug, name: specialtyName(row.specialty, locale) },
    languages: row.languages,
    acceptsNewPatients: row.acceptsNewPatients,
    conventionSector: row.conventionSector,
    fees: { minCents: row.feeMinCents, maxCents: row.feeMaxCents },
    timeZone: row.timeZone,
    locations: row.locations
      .map(({ location }) => ({
        ...location,
        hours: current
          .filter((window) => window.locationId === location.id)
          .map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute })),
      }))
      .sort((a, b) => (a.postcode + a.address < b.postcode + b.address ? -1 : 1)),
    motives: row.motives,
  };
}
