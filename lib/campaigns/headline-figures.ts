import "server-only";
import { defaultPeriod, listCampaignFigures } from "./campaign-stats";
import type { Period } from "./period";
import type { Actor } from "./policy";
import { publishSum, type Published } from "./suppression";

export type CampaignHeadlines = {
  period: Period;
  running: number;
  landings: Published;
  completedBookings: Published;
};

/**
 * The admin home's figures over the last 30 days, summed over the campaigns that are not
 * archived: a sum is shown only when every campaign's total is, or the hidden one would
 * come out by subtraction from the campaigns page.
 */
export async function getCampaignHeadlines(actor: Actor): Promise<CampaignHeadlines> {
  const period = defaultPeriod();
  const figures = await listCampaignFigures(actor, period, false);
  return {
    period,
    running: figures.filter(({ campaign }) => campaign.state === "running").length,
    landings: publishSum(figures.map(({ current }) => current.totals.LANDING)),
    completedBookings: publishSum(figures.map(({ current }) => current.totals.BOOKING_COMPLETED)),
  };
}
