import { DEFAULT_PRACTITIONER_COUNT } from "./build-practitioners";
import { ensureCampaigns } from "./campaigns";
import { SPECIALTIES } from "./data/specialties";
import { ensureDemoSecretariat } from "./demo-secretariat";
import { ensureDemoAccounts } from "./ensure-demo-accounts";
import { ensureDemoAgenda } from "./ensure-demo-agenda";
import { topUpPractitioners } from "./top-up-practitioners";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { localDayAt } from "../../lib/utils/zoned-time";

// Seeded practitioners all practise in France; "today" is the French calendar day.
const HOME_TIME_ZONE = "Europe/Paris";

export type SeedOptions = {
  /** How many generated practitioners to hold, the demo one included; plus one with long names. */
  practitioners?: number;
  onProgress?: (done: number, total: number) => void;
};

type SeedCounts = {
  practitioners: number;
  appointments: number;
  demoAccounts: number;
  specialties: number;
  campaigns: number;
};

export type SeedResult = SeedCounts & {
  /** False when everything was already there and nothing was written. */
  created: boolean;
  /** One line for humans, e.g. "created 320 practitioners (61,204 appointments), 3 demo accounts". */
  summary: string;
};

/**
 * Idempotent demo data: every step creates only what is missing (matched by slug or email),
 * so running it twice changes nothing, and running it after a partial seed completes it.
 * A larger `practitioners` count tops an existing demo database up.
 */
export async function seedDatabase(
  prisma: PrismaClient,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const total = options.practitioners ?? DEFAULT_PRACTITIONER_COUNT;
  if (!Number.isInteger(total) || total < 1) {
    throw new RangeError(`practitioners must be a whole number ≥ 1, got ${total}`);
  }
  const nowMs = Date.now();
  const today = localDayAt(nowMs, HOME_TIME_ZONE);

  const specialties = await ensureSpecialties(prisma);
  const accounts = await ensureDemoAccounts(prisma);
  const campaigns = await ensureCampaigns(prisma, today);
  const written = await topUpPractitioners(
    prisma,
    total,
    { ...accounts, specialtyIds: specialties.ids, nowMs, today },
    options.onProgress,
  );
  const demoWeek = await ensureDemoAgenda(prisma, { today, nowMs });

  // After the practitioners: the secretariat works for the demo practitioner.
  const colleagues = await ensureDemoSecretariat(prisma, accounts.userIdsByEmail);

  const counts: SeedCounts = {
    ...written,
    practitioners: written.practitioners + colleagues,
    appointments: written.appointments + demoWeek,
    demoAccounts: accounts.created,
    specialties: specialties.created,
    campaigns,
  };
  const created = Object.values(counts).some((count) => count > 0);
  return {
    ...counts,
    created,
    summary: created ? describeCounts(counts) : "demo data already present, nothing to do",
  };
}

async function ensureSpecialties(
  prisma: PrismaClient,
): Promise<{ created: number; ids: Map<string, string> }> {
  const { count } = await prisma.specialty.createMany({
    data: SPECIALTIES.map(({ slug, nameFr, nameEn, nameDe, synonyms, synonymsEn, synonymsDe }) => ({
      slug,
      nameFr,
      nameEn,
      nameDe,
      synonyms,
      synonymsEn,
      synonymsDe,
    })),
    skipDuplicates: true,
  });
  const rows = await prisma.specialty.findMany({ select: { id: true, slug: true } });
  return { created: count, ids: new Map(rows.map((row) => [row.slug, row.id])) };
}

function describeCounts(counts: SeedCounts): string {
  const number = (value: number) => value.toLocaleString("en-US");
  const parts = [
    `${number(counts.practitioners)} practitioners (${number(counts.appointments)} appointments)`,
    `${counts.demoAccounts} demo accounts`,
    `${counts.specialties} specialties`,
    `${counts.campaigns} campaigns`,
  ];
  return `created ${parts.join(", ")}`;
}
