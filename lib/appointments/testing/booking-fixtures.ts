import type { PrismaClient } from "@/lib/db-client";
import { localDayAt, zonedToUtc } from "@/lib/utils/zoned-time";

// Rows for the booking integration tests and the benchmark: a practice open every day, and
// accounts with a holder and a relative. Each test file owns a fresh database.

export const PARIS = "Europe/Paris";
let sequence = 0;

export type BookablePractice = {
  practitionerId: string;
  locationId: string;
  /** 30 minutes, open to new and returning patients. */
  motiveId: string;
  /** For new patients only. */
  firstVisitMotiveId: string;
};

export async function createBookablePractice(
  prisma: PrismaClient,
  rules: { cancellationDeadlineHours?: number; openFrom?: number; openUntil?: number } = {},
): Promise<BookablePractice> {
  const n = ++sequence;
  const specialty = await prisma.specialty.upsert({
    where: { slug: "cardiologue" },
    create: {
      slug: "cardiologue",
      nameFr: "Cardiologue",
      nameEn: "Cardiologist",
      nameDe: "Kardiologe",
    },
    update: {},
  });
  const location = await prisma.location.create({
    data: {
      name: "Cabinet de cardiologie Voltaire",
      address: "12 boulevard Voltaire",
      postcode: "75011",
      city: "Paris",
      latitude: 48.86,
      longitude: 2.37,
    },
  });
  const practitioner = await prisma.practitioner.create({
    data: {
      slug: `dr-claire-martin-${n}-${Date.now().toString(36)}`,
      title: "DR",
      firstName: "Claire",
      lastName: "Martin",
      specialtyId: specialty.id,
      verified: true,
      timeZone: PARIS,
      minNoticeMinutes: 60,
      bookingHorizonDays: 60,
      cancellationDeadlineHours: rules.cancellationDeadlineHours ?? 24,
      locations: { create: { locationId: location.id } },
      openingHours: {
        create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          startMinute: rules.openFrom ?? 8 * 60,
          endMinute: rules.openUntil ?? 20 * 60,
          locationId: location.id,
        })),
      },
    },
  });
  const motive = await prisma.motive.create({
    data: {
      practitionerId: practitioner.id,
      name: "Suivi d’insuffisance cardiaque",
      durationMinutes: 30,
    },
  });
  const firstVisit = await prisma.motive.create({
    data: {
      practitionerId: practitioner.id,
      name: "Première consultation",
      durationMinutes: 30,
      allowReturning: false,
    },
  });
  return {
    practitionerId: practitioner.id,
    locationId: location.id,
    motiveId: motive.id,
    firstVisitMotiveId: firstVisit.id,
  };
}

export type TestAccount = { userId: string; email: string; selfId: string; relativeId: string };

export async function createAccount(prisma: PrismaClient, label: string): Promise<TestAccount> {
  const email = `${label}-${++sequence}@praxis.test`;
  const user = await prisma.user.create({ data: { email, name: "Marc Durand", role: "PATIENT" } });
  const self = await prisma.patient.create({
    data: { ownerId: user.id, relationship: "SELF", firstName: "Marc", lastName: "Durand" },
  });
  const relative = await prisma.patient.create({
    data: { ownerId: user.id, relationship: "CHILD", firstName: "Léa", lastName: "Durand" },
  });
  return { userId: user.id, email, selfId: self.id, relativeId: relative.id };
}

/** The instant the practice's clock reads `minute` (after midnight), `daysAhead` days from now. */
export function localSlot(daysAhead: number, minute: number, now = new Date()): Date {
  const day = localDayAt(now.getTime(), PARIS) + daysAhead;
  const instant = zonedToUtc(day, minute, PARIS);
  if (instant === null) throw new Error("a daylight-saving gap: pick another time");
  return new Date(instant);
}
