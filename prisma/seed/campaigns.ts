import { createRandom, deriveSeed } from "./prng";
import type { CampaignChannel, FunnelStep, PrismaClient } from "../../lib/generated/prisma/client";
import {
  localDayOfIsoDate,
  isoDateOfLocalDay,
  isoWeekdayOfLocalDay,
  type LocalDay,
} from "../../lib/utils/zoned-time";

type CampaignSeed = {
  slug: string;
  name: string;
  channel: CampaignChannel;
  landingPath: string;
  budgetCents: number;
  startsOn: string;
  endsOn: string;
  /** Typical landings a day; small campaigns show the "< 10" cells of the dashboard. */
  dailyLandings: number;
};

const CAMPAIGNS: CampaignSeed[] = [
  {
    slug: "printemps-2026",
    name: "Affiche métro printemps 2026",
    channel: "POSTER",
    landingPath: "/",
    budgetCents: 1_800_000,
    startsOn: "2026-03-16",
    endsOn: "2026-05-31",
    dailyLandings: 260,
  },
  {
    slug: "rentree-2026-newsletter",
    name: "Newsletter mutuelle rentrée 2026",
    channel: "NEWSLETTER",
    landingPath: "/recherche",
    budgetCents: 120_000,
    startsOn: "2026-09-01",
    endsOn: "2026-09-30",
    dailyLandings: 40,
  },
  {
    slug: "hiver-2026-radio",
    name: "Spot radio locale hiver 2026",
    channel: "RADIO",
    landingPath: "/",
    budgetCents: 650_000,
    startsOn: "2026-12-14",
    endsOn: "2027-02-28",
    dailyLandings: 120,
  },
];

// Share of the previous step that reaches each step of the funnel.
const FUNNEL: [FunnelStep, min: number, max: number][] = [
  ["SEARCH", 0.55, 0.7],
  ["PROFILE_VIEW", 0.6, 0.75],
  ["BOOKING_STARTED", 0.25, 0.35],
  ["BOOKING_COMPLETED", 0.6, 0.75],
];

type CounterPlan = { day: string; step: FunnelStep; count: number };

/**
 * Aggregate counts only, as the real collector keeps them: one number per day and step,
 * for the days of the campaign that are over. Quieter at weekends, a little noise.
 */
function planCampaignCounters(campaign: CampaignSeed, today: LocalDay): CounterPlan[] {
  const counters: CounterPlan[] = [];
  const lastDay = Math.min(localDayOfIsoDate(campaign.endsOn), today - 1);
  for (let day = localDayOfIsoDate(campaign.startsOn); day <= lastDay; day++) {
    const random = createRandom(deriveSeed(campaign.slug, day));
    const weekend = isoWeekdayOfLocalDay(day) >= 6;
    let count = Math.round(
      campaign.dailyLandings * (weekend ? 0.6 : 1) * (0.75 + random.next() * 0.5),
    );
    const date = isoDateOfLocalDay(day);
    counters.push({ day: date, step: "LANDING", count });
    for (const [step, min, max] of FUNNEL) {
      count = Math.round(count * (min + random.next() * (max - min)));
      if (count > 0) counters.push({ day: date, step, count });
    }
  }
  return counters;
}

const SEED_TRANSACTION_LIMITS = { maxWait: 60_000, timeout: 120_000 };

/** Creates the missing demo campaigns with their counters, in one transaction. */
export async function ensureCampaigns(prisma: PrismaClient, today: LocalDay): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const created = await tx.campaign.createManyAndReturn({
      data: CAMPAIGNS.map(
        ({ slug, name, channel, landingPath, budgetCents, startsOn, endsOn }) => ({
          slug,
          name,
          channel,
          landingPath,
          budgetCents,
          startsOn: new Date(startsOn),
          endsOn: new Date(endsOn),
        }),
      ),
      skipDuplicates: true,
      select: { id: true, slug: true },
    });
    // Counters only for campaigns made just now: never add numbers to a real campaign.
    const counters = created.flatMap(({ id, slug }) =>
      CAMPAIGNS.filter((campaign) => campaign.slug === slug)
        .flatMap((campaign) => planCampaignCounters(campaign, today))
        .map((counter) => ({
          campaignId: id,
          day: new Date(counter.day),
          step: counter.step,
          count: counter.count,
        })),
    );
    await tx.campaignDailyCounter.createMany({ data: counters });
    return created.length;
    // Prisma's default 5 s expires on a busy machine's embedded database (it happened in an
    // end-to-end run at load 28 on 2 cores); a seed has no one waiting on its locks.
  }, SEED_TRANSACTION_LIMITS);
}
