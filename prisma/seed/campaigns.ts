import { DEMO_CAMPAIGNS, planCampaignCounters } from "./plan-campaign-counters";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { isoDateOfLocalDay, type LocalDay } from "../../lib/utils/zoned-time";

const SEED_TRANSACTION_LIMITS = { maxWait: 60_000, timeout: 120_000 };

/** Creates the missing demo campaigns with their counters, in one transaction. */
export async function ensureCampaigns(prisma: PrismaClient, today: LocalDay): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const created = await tx.campaign.createManyAndReturn({
      data: DEMO_CAMPAIGNS.map(
        ({ slug, name, channel, landingPath, budgetCents, startsIn, endsIn }) => ({
          slug,
          name,
          channel,
          landingPath,
          budgetCents,
          startsOn: new Date(isoDateOfLocalDay(today + startsIn)),
          endsOn: new Date(isoDateOfLocalDay(today + endsIn)),
        }),
      ),
      skipDuplicates: true,
      select: { id: true, slug: true },
    });
    // Counters only for campaigns made just now: never add numbers to a real campaign.
    const counters = created.flatMap(({ id, slug }) =>
      DEMO_CAMPAIGNS.filter((campaign) => campaign.slug === slug)
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
