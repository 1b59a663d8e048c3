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

export function findPublicProfileBySlug(slug: string) {
  return db.practitioner.findFirst({
    where: { slug, verified: true },
    select: {
      id: true,
      slug: true,
      title: true,
      firstName: true,
      lastName: true,
      bio: true,
      languages: true,
      acceptsNewPatients: true,
      conventionSector: true,
      feeMinCents: true,
      feeMaxCents: true,
      timeZone: true,
      specialty: { select: { slug: true, nameFr: true, nameEn: true, nameDe: true } },
      locations: {
        select: {
          location: {
            select: {
              id: true,
              name: true,
              address: true,
              postcode: true,
              city: true,
              phone: true,
              latitude: true,
              longitude: true,
            },
          },
        },
      },
      openingHours: {
        select: {
          locationId: true,
          weekday: true,
          startMinute: true,
          endMinute: true,
          validFrom: true,
          validTo: true,
        },
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      },
      motives: {
        where: { active: true },
        select: {
          id: true,
          name: true,
          durationMinutes: true,
          teleconsultation: true,
          allowNewPatients: true,
          allowReturning: true,
        },
        orderBy: [{ position: "asc" }, { durationMinutes: "asc" }, { id: "asc" }],
      },
    },
  });
}

export type PublicProfileRow = NonNullable<Awaited<ReturnType<typeof findPublicProfileBySlug>>>;

export function findSpecialties() {
  return db.specialty.findMany({
    select: { slug: true, nameFr: true, nameEn: true, nameDe: true, synonyms: true },
  });
}
