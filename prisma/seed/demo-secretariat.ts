import { MOTIVES_BY_SPECIALTY } from "./data/motives";
import { DEMO_ACCOUNTS, DEMO_PRACTITIONER } from "./demo-accounts";
import { toMotivePlan } from "./practitioner-details";
import type { PrismaClient } from "../../lib/generated/prisma/client";

// The demo secretariat: secretariat@praxis.demo manages the agendas of Dr Claire Martin and
// of a colleague at the same practice, Dr Julien Moreau, so the secretary's views show
// more than one practitioner. Fixed data, created once; a demo's later changes are kept.

const SECRETARY_EMAIL = DEMO_ACCOUNTS.accounts[3].email;

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/** Dr Julien Moreau, GP at Cabinet médical de la Roquette with Dr Claire Martin. */
export const DEMO_COLLEAGUE = {
  slug: "dr-julien-moreau-paris",
  title: "DR",
  firstName: "Julien",
  lastName: "Moreau",
  languages: ["fr"],
  bio: "Médecin généraliste au cabinet de la Roquette depuis 2019. Suivi des adultes, médecine du sport.",
  verified: true,
  verifiedAt: new Date("2025-09-01T09:00:00Z"),
  timeZone: "Europe/Paris",
  // Monday to Friday, mornings and afternoons; Wednesday afternoon too, when Dr Martin is off.
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, startMinute: h(9), endMinute: h(12, 30) },
    { weekday, startMinute: h(14), endMinute: h(18, 30) },
  ]),
} as const;

/** Creates whatever of the colleague and the secretary's grants is missing; 1 when it created the colleague. */
export async function ensureDemoSecretariat(
  prisma: PrismaClient,
  userIdsByEmail: Map<string, string>,
): Promise<number> {
  const secretaryId = userIdsByEmail.get(SECRETARY_EMAIL);
  const claire = await prisma.practitioner.findUnique({
    where: { slug: DEMO_PRACTITIONER.slug },
    select: { id: true, specialtyId: true, locations: { select: { locationId: true } } },
  });
  const locationId = claire?.locations[0]?.locationId;
  if (!secretaryId || !claire || !locationId) {
    throw new Error("seed: the demo practitioner or the demo secretary is missing");
  }
  const existing = await prisma.practitioner.findUnique({
    where: { slug: DEMO_COLLEAGUE.slug },
    select: { id: true },
  });
  const colleagueId =
    existing?.id ?? (await createColleague(prisma, claire.specialtyId, locationId));
  await prisma.calendarGrant.createMany({
    data: [claire.id, colleagueId].map((practitionerId) => ({
      practitionerId,
      userId: secretaryId,
      level: "MANAGE" as const,
    })),
    skipDuplicates: true,
  });
  return existing ? 0 : 1;
}

async function createColleague(
  prisma: PrismaClient,
  specialtyId: string,
  locationId: string,
): Promise<string> {
  const { hours, ...details } = DEMO_COLLEAGUE;
  const motives = MOTIVES_BY_SPECIALTY[DEMO_PRACTITIONER.specialtySlug].map(toMotivePlan);
  const colleague = await prisma.practitioner.create({
    data: {
      ...details,
      languages: [...details.languages],
      specialtyId,
      locations: { create: [{ locationId }] },
      motives: { create: motives.map((motive, position) => ({ ...motive, position })) },
      openingHours: { create: hours.map((range) => ({ ...range, locationId })) },
    },
    select: { id: true },
  });
  return colleague.id;
}
