import type { PrismaClient } from "@/lib/generated/prisma/client";

// Known practitioners at known places with a known calendar, for the integration tests of
// search: every expectation can be worked out by hand. Opening hours are 08:00–12:00 Paris
// time every day (slots of 30 min), and `FIXTURE_NOW` is 07:00 in Paris on Monday
// 7 January 2030 (Paris is UTC+1 in winter), so the first free slot is 08:00, 07:00 UTC.

export const FIXTURE_NOW = new Date("2030-01-07T06:00:00Z");

export const SPECIALTIES = {
  gp: {
    slug: "medecin-generaliste",
    nameFr: "Médecin généraliste",
    synonyms: ["généraliste", "generaliste", "médecin traitant", "docteur"],
  },
  cardio: { slug: "cardiologue", nameFr: "Cardiologue", synonyms: ["cardio", "cœur", "coeur"] },
  derm: { slug: "dermatologue", nameFr: "Dermatologue", synonyms: ["dermato", "peau"] },
  peds: { slug: "pediatre", nameFr: "Pédiatre", synonyms: ["pédiatrie", "pediatre"] },
} as const;

type SpecialtyKey = keyof typeof SPECIALTIES;

export type FixturePractitioner = {
  slug: string;
  firstName: string;
  lastName: string;
  specialty: SpecialtyKey;
  latitude: number;
  longitude: number;
  verified?: boolean;
  languages?: string[];
  teleconsultation?: boolean;
};

export const PRACTITIONERS: FixturePractitioner[] = [
  {
    slug: "claire-lefevre",
    firstName: "Claire",
    lastName: "Lefèvre",
    specialty: "gp",
    latitude: 48.8591,
    longitude: 2.38,
    languages: ["fr", "en"],
  },
  {
    slug: "marc-lefebvre",
    firstName: "Marc",
    lastName: "Lefebvre",
    specialty: "cardio",
    latitude: 48.8421,
    longitude: 2.2928,
    teleconsultation: true,
  },
  {
    slug: "anne-durand",
    firstName: "Anne",
    lastName: "Durand",
    specialty: "derm",
    latitude: 45.764,
    longitude: 4.8357,
  },
  {
    slug: "paul-lefevre",
    firstName: "Paul",
    lastName: "Lefèvre",
    specialty: "gp",
    latitude: 48.8625,
    longitude: 2.3364,
    verified: false,
  },
  // Away for the first three days (see addAbsence in the tests).
  {
    slug: "julie-moreau",
    firstName: "Julie",
    lastName: "Moreau",
    specialty: "gp",
    latitude: 48.8625,
    longitude: 2.3364,
  },
  // Fully booked on the first day.
  {
    slug: "hugo-petit",
    firstName: "Hugo",
    lastName: "Petit",
    specialty: "gp",
    latitude: 48.8566,
    longitude: 2.3522,
  },
];

export type FixtureIds = {
  practitioners: Map<string, string>;
  motives: Map<string, string>;
  locations: Map<string, string>;
  patientId: string;
};

export async function insertFixtures(
  prisma: PrismaClient,
  practitioners = PRACTITIONERS,
): Promise<FixtureIds> {
  const specialtyIds = new Map<string, string>();
  for (const [key, specialty] of Object.entries(SPECIALTIES)) {
    const row = await prisma.specialty.upsert({
      where: { slug: specialty.slug },
      create: {
        ...specialty,
        synonyms: [...specialty.synonyms],
        nameEn: specialty.nameFr,
        nameDe: specialty.nameFr,
      },
      update: {},
    });
    specialtyIds.set(key, row.id);
  }
  const ids: FixtureIds = {
    practitioners: new Map(),
    motives: new Map(),
    locations: new Map(),
    patientId: "",
  };
  for (const plan of practitioners) {
    const location = await prisma.location.create({
      data: {
        address: `1 rue ${plan.lastName}`,
        postcode: "75001",
        city: "Paris",
        latitude: plan.latitude,
        longitude: plan.longitude,
      },
    });
    const practitioner = await prisma.practitioner.create({
      data: {
        slug: plan.slug,
        firstName: plan.firstName,
        lastName: plan.lastName,
        specialtyId: specialtyIds.get(plan.specialty)!,
        verified: plan.verified ?? true,
        languages: plan.languages ?? ["fr"],
        minNoticeMinutes: 0,
        locations: { create: { locationId: location.id } },
        motives: {
          create: [
            { name: "Consultation", durationMinutes: 30 },
            ...(plan.teleconsultation
              ? [{ name: "Vidéo", durationMinutes: 30, teleconsultation: true, position: 1 }]
              : []),
          ],
        },
        openingHours: {
          create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
            locationId: location.id,
            weekday,
            startMinute: 480,
            endMinute: 720,
          })),
        },
      },
      include: { motives: true },
    });
    ids.practitioners.set(plan.slug, practitioner.id);
    ids.motives.set(plan.slug, practitioner.motives[0].id);
    ids.locations.set(plan.slug, location.id);
  }
  ids.patientId = (
    await prisma.patient.create({ data: { firstName: "Test", lastName: "Patient" } })
  ).id;
  return ids;
}

/** Books `count` consecutive 30-minute slots from `firstStart`. */
export async function book(
  prisma: PrismaClient,
  ids: FixtureIds,
  slug: string,
  firstStart: Date,
  count: number,
): Promise<void> {
  await prisma.appointment.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      practitionerId: ids.practitioners.get(slug)!,
      patientId: ids.patientId,
      motiveId: ids.motives.get(slug)!,
      locationId: ids.locations.get(slug)!,
      startsAt: new Date(firstStart.getTime() + index * 30 * 60_000),
      endsAt: new Date(firstStart.getTime() + (index + 1) * 30 * 60_000),
    })),
  });
}

export async function addAbsence(
  prisma: PrismaClient,
  ids: FixtureIds,
  slug: string,
  startsAt: Date,
  endsAt: Date,
): Promise<void> {
  await prisma.absence.create({
    data: { practitionerId: ids.practitioners.get(slug)!, startsAt, endsAt },
  });
}
