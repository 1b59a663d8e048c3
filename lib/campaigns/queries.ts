import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Step } from "./funnel";
import type { CampaignChannel } from "./options";

const CAMPAIGN_FIELDS = {
  id: true,
  slug: true,
  name: true,
  channel: true,
  startsOn: true,
  endsOn: true,
  landingPath: true,
  budgetCents: true,
  archivedAt: true,
  createdAt: true,
} as const satisfies Prisma.CampaignSelect;

export type CampaignRow = Prisma.CampaignGetPayload<{ select: typeof CAMPAIGN_FIELDS }>;

export type CampaignData = {
  name: string;
  channel: CampaignChannel;
  startsOn: Date;
  endsOn: Date;
  landingPath: string;
  budgetCents: number | null;
};

export function findCampaigns(includeArchived: boolean): Promise<CampaignRow[]> {
  return db.campaign.findMany({
    where: includeArchived ? {} : { archivedAt: null },
    // Running and coming campaigns first, then the ones that ended; name settles ties.
    orderBy: [
      { archivedAt: { sort: "desc", nulls: "first" } },
      { endsOn: "desc" },
      { name: "asc" },
    ],
    select: CAMPAIGN_FIELDS,
  });
}

export function findCampaign(slug: string): Promise<CampaignRow | null> {
  return db.campaign.findUnique({ where: { slug }, select: CAMPAIGN_FIELDS });
}

export function insertCampaign(slug: string, data: CampaignData): Promise<CampaignRow> {
  return db.campaign.create({ data: { slug, ...data }, select: CAMPAIGN_FIELDS });
}

export function updateCampaign(
  slug: string,
  data: Partial<CampaignData> & { archivedAt?: Date | null },
): Promise<CampaignRow> {
  return db.campaign.update({ where: { slug }, data, select: CAMPAIGN_FIELDS });
}

export type CounterRow = { campaignId: string; day: Date; step: Step; count: number };

/** The counters of these campaigns between two days, both included. */
export function findCounters(campaignIds: string[], from: Date, to: Date): Promise<CounterRow[]> {
  return db.campaignDailyCounter.findMany({
    where: { campaignId: { in: campaignIds }, day: { gte: from, lte: to } },
    select: { campaignId: true, day: true, step: true, count: true },
  });
}
