import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CounterCell } from "./counter-tally";
import { campaignDayOf, type FunnelStep } from "./funnel";
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

export type CounterRow = { campaignId: string; day: Date; step: FunnelStep; count: number };

/** The counters of these campaigns between two days, both included. */
export function findCounters(campaignIds: string[], from: Date, to: Date): Promise<CounterRow[]> {
  return db.campaignDailyCounter.findMany({
    where: { campaignId: { in: campaignIds }, day: { gte: from, lte: to } },
    select: { campaignId: true, day: true, step: true, count: true },
  });
}

/**
 * Adds counted cells to campaign_daily_counters in one statement (so one transaction).
 * Only a known campaign that runs on the cell's day counts: started, not ended, not
 * archived; a cell of any other slug matches no campaign and is dropped here. Rows are
 * locked in one order (campaign, day, step), so concurrent writers cannot deadlock.
 */
export function countersUpsertSql(cells: readonly CounterCell[]): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO campaign_daily_counters AS counter (campaign_id, day, step, count)
    SELECT c.id, cell.day, cell.step, cell.count
    FROM unnest(${cells.map((cell) => cell.campaign)}::text[],
      ${cells.map((cell) => cell.day)}::date[],
      ${cells.map((cell) => cell.step)}::"FunnelStep"[],
      ${cells.map((cell) => cell.count)}::int[]) AS cell (slug, day, step, count)
    JOIN campaigns c ON c.slug = cell.slug AND c.archived_at IS NULL
      AND (c.starts_on IS NULL OR c.starts_on <= cell.day)
      AND (c.ends_on IS NULL OR c.ends_on >= cell.day)
    ORDER BY c.id, cell.day, cell.step
    ON CONFLICT (campaign_id, day, step) DO UPDATE SET count = counter.count + EXCLUDED.count`;
}

export async function addToCounters(cells: readonly CounterCell[]): Promise<void> {
  await db.$executeRaw(countersUpsertSql(cells));
}

/**
 * Deletes what is past retention: counters of days more than `months` before today's
 * campaign day, and campaigns archived more than `months` ago with all their counters.
 */
export async function purgeExpiredCampaignData(
  client: Prisma.TransactionClient,
  now: Date,
  months: number,
): Promise<{ counters: number; campaigns: number }> {
  const counters = await client.$executeRaw`
    DELETE FROM campaign_daily_counters
    WHERE day < ${campaignDayOf(now)}::date - ${months} * interval '1 month'`;
  const campaigns = await client.$executeRaw`
    DELETE FROM campaigns
    WHERE archived_at < ${now}::timestamptz - ${months} * interval '1 month'`;
  return { counters, campaigns };
}
