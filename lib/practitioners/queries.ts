import "server-only";
import { db } from "@/lib/db";
import type { ConventionSector, PractitionerTitle } from "./format";
import type { SpecialtyNames } from "./specialty-name";

// Public practitioner data: only verified practitioners, only what a profile shows.

type PracticeAddress = {
  id: string;
  name: string | null;
  address: string;
  postcode: string;
  city: string;
};

export type PractitionerCardRow = {
  id: string;
  slug: string;
  title: PractitionerTitle;
  firstName: string;
  lastName: string;
  specialty: { slug: string } & SpecialtyNames;
  languages: string[];
  acceptsNewPatients: boolean;
  teleconsultation: boolean;
  conventionSector: ConventionSector;
  timeZone: string;
  minNoticeMinutes: number;
  locations: PracticeAddress[];
};

/** One query for a page of results, whatever its size. Unknown or unverified ids are left out. */
export async function findPractitionerCards(
  ids: readonly string[],
): Promise<PractitionerCardRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<PractitionerCardRow[]>`
    SELECT p.id, p.slug, p.title::text AS title, p.first_name AS "firstName",
      p.last_name AS "lastName", json_build_object('slug', s.slug,
        'nameFr', s.name_fr, 'nameEn', s.name_en, 'nameDe', s.name_de) AS specialty,
      p.languages, p.accepts_new_patients AS "acceptsNewPatients",
      EXISTS (SELECT 1 FROM motives m
        WHERE m.practitioner_id = p.id AND m.active AND m.teleconsultation) AS teleconsultation,
      p.convention_sector::text AS "conventionSector", p.time_zone AS "timeZone",
      p.min_notice_minutes AS "minNoticeMinutes",
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'name', l.name,
          'address', l.address, 'postcode', l.postcode, 'city', l.city)
          ORDER BY l.postcode, l.address, l.id), '[]')
        FROM practitioner_locations pl JOIN locations l ON l.id = pl.location_id
        WHERE pl.practitioner_id = p.id) AS locations
    FROM practitioners p JOIN specialties s ON s.id = p.specialty_id
    WHERE p.id = ANY (${[...ids]}::uuid[]) AND p.verified`;
}

export type PublicProfileRow = {
  id: string;
  slug: string;
  title: PractitionerTitle;
  firstName: string;
  lastName: string;
  bio: string | null;
  languages: string[];
  acceptsNewPatients: boolean;
  conventionSector: ConventionSector;
  feeMinCents: number | null;
  feeMaxCents: number | null;
  timeZone: string;
  specialty: { slug: string } & SpecialtyNames;
  locations: {
    location: PracticeAddress & { phone: string | null; latitude: number; longitude: number };
  }[];
  openingHours: {
    locationId: string;
    weekday: number;
    startMinute: number;
    endMinute: number;
    validFrom: Date | null;
    validTo: Date | null;
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

type HoursJson = Omit<PublicProfileRow["openingHours"][number], "validFrom" | "validTo"> & {
  validFrom: string | null;
  validTo: string | null;
};

/**
 * A verified practitioner's public profile in one statement: the profile and booking pages
 * read it on every visit, and Prisma's nested select took a round trip per relation.
 */
export async function findPublicProfileBySlug(slug: string): Promise<PublicProfileRow | null> {
  const [row] = await db.$queryRaw<
    (Omit<PublicProfileRow, "openingHours"> & { openingHours: HoursJson[] })[]
  >`
    SELECT p.id, p.slug, p.title::text AS title, p.first_name AS "firstName",
      p.last_name AS "lastName", p.bio, p.languages, p.accepts_new_patients AS "acceptsNewPatients",
      p.convention_sector::text AS "conventionSector", p.fee_min_cents AS "feeMinCents",
      p.fee_max_cents AS "feeMaxCents", p.time_zone AS "timeZone",
      json_build_object('slug', s.slug, 'nameFr', s.name_fr, 'nameEn', s.name_en,
        'nameDe', s.name_de) AS specialty,
      coalesce((
        SELECT json_agg(json_build_object('location', json_build_object('id', l.id,
          'name', l.name, 'address', l.address, 'postcode', l.postcode, 'city', l.city,
          'phone', l.phone, 'latitude', l.latitude, 'longitude', l.longitude)))
        FROM practitioner_locations pl JOIN locations l ON l.id = pl.location_id
        WHERE pl.practitioner_id = p.id
      ), '[]') AS locations,
      coalesce((
        SELECT json_agg(json_build_object('locationId', h.location_id, 'weekday', h.weekday,
          'startMinute', h.start_minute, 'endMinute', h.end_minute,
          'validFrom', to_char(h.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(h.valid_to, 'YYYY-MM-DD'))
          ORDER BY h.weekday, h.start_minute)
        FROM opening_hours h WHERE h.practitioner_id = p.id
      ), '[]') AS "openingHours",
      coalesce((
        SELECT json_agg(json_build_object('id', m.id, 'name', m.name,
          'durationMinutes', m.duration_minutes, 'teleconsultation', m.teleconsultation,
          'allowNewPatients', m.allow_new_patients, 'allowReturning', m.allow_returning)
          ORDER BY m.position, m.duration_minutes, m.id)
        FROM motives m WHERE m.practitioner_id = p.id AND m.active
          -- A motive open to nobody online is booked by the practice only.
          AND (m.allow_new_patients OR m.allow_returning)
      ), '[]') AS motives
    FROM practitioners p JOIN specialties s ON s.id = p.specialty_id
    WHERE p.slug = ${slug} AND p.verified`;
  if (!row) return null;
  const date = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));
  return {
    ...row,
    openingHours: row.openingHours.map((hours) => ({
      ...hours,
      validFrom: date(hours.validFrom),
      validTo: date(hours.validTo),
    })),
  };
}

export function findSpecialties() {
  return db.specialty.findMany({
    select: { slug: true, nameFr: true, nameEn: true, nameDe: true, synonyms: true },
  });
}

export async function findVerifiedPractitionerId(slug: string): Promise<string | null> {
  const row = await db.practitioner.findFirst({
    where: { slug, verified: true },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** Every public profile's address, for the sitemap: a few kilobytes per thousand rows. */
export function findPublicProfileSlugs() {
  return db.practitioner.findMany({
    where: { verified: true },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
  });
}
