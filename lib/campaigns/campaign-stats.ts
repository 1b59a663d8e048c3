import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertCampaignAdmin } from "./assert-admin";
import { toCampaignView, todayInFrance, type CampaignView } from "./campaign-view";
import { countTable, rowsByCampaign } from "./count-table";
import { presetPeriod, previousPeriod, withinRun, DEFAULT_PRESET, type Period } from "./period";
import type { Actor } from "./policy";
import { findCampaign, findCampaigns, findCounters, type CampaignRow } from "./queries";
import { publishTable, type PublishedSteps, type PublishedTable } from "./suppression";

// The figures admins read, always through publishTable: no raw count leaves this file.

export function campaignThreshold(): number {
  return getEnv().CAMPAIGN_MIN_COUNT;
}

export function defaultPeriod(): Period {
  return presetPeriod(DEFAULT_PRESET, todayInFrance());
}

export type CampaignFigures = {
  campaign: CampaignView;
  current: PublishedTable;
  /** The totals of the period of the same length just before. */
  previous: PublishedSteps;
};

/** The dashboard's list: every campaign with its totals for the period and the one before. */
export async function listCampaignFigures(
  actor: Actor,
  period: Period,
  includeArchived: boolean,
): Promise<CampaignFigures[]> {
  assertCampaignAdmin(actor);
  const campaigns = await findCampaigns(includeArchived);
  return figuresOf(campaigns, period);
}

/** One campaign's day × step table for the period, with the previous period's totals. */
export async function getCampaignFigures(
  actor: Actor,
  slug: string,
  period: Period,
): Promise<CampaignFigures> {
  assertCampaignAdmin(actor);
  const campaign = await findCampaign(slug);
  if (!campaign) throw new AppError("NOT_FOUND");
  const [figures] = await figuresOf([campaign], period);
  return figures!;
}

/**
 * The published totals of a campaign over its whole run (start to end, or to today), for the
 * cost per completed booking; null when it has no dates.
 */
export async function getRunTotals(actor: Actor, slug: string): Promise<PublishedSteps | null> {
  assertCampaignAdmin(actor);
  const campaign = await findCampaign(slug);
  if (!campaign) throw new AppError("NOT_FOUND");
  const run = runPeriod(campaign);
  if (!run) return null;
  const rows = await findCounters([campaign.id], new Date(run.from), new Date(run.to));
  return publishTable(countTable(run, rows), campaignThreshold()).totals;
}

function runPeriod(campaign: CampaignRow): Period | null {
  const view = toCampaignView(campaign);
  if (!view.startsOn || !view.endsOn) return null;
  const today = defaultPeriod().to;
  const to = view.endsOn < today ? view.endsOn : today;
  return to < view.startsOn ? null : { from: view.startsOn, to };
}

async function figuresOf(campaigns: CampaignRow[], period: Period): Promise<CampaignFigures[]> {
  if (campaigns.length === 0) return [];
  const before = previousPeriod(period);
  const ids = campaigns.map(({ id }) => id);
  const rows = rowsByCampaign(await findCounters(ids, new Date(before.from), new Date(period.to)));
  const threshold = campaignThreshold();
  const today = todayInFrance();
  return campaigns.map((campaign) => {
    const own = rows.get(campaign.id) ?? [];
    const view = toCampaignView(campaign, today);
    const table = (days: Period) => {
      const run = withinRun(days, view);
      return publishTable(run ? countTable(run, own) : [], threshold);
    };
    return { campaign: view, current: table(period), previous: table(before).totals };
  });
}
