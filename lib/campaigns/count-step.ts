import "server-only";
import { after } from "next/server";
import { cache } from "react";
import { campaignCountsSettled, recordCampaignStep } from "./campaign-counter";
import type { FunnelStep } from "./funnel";
import { campaignOfRequest } from "./request-campaign";

/** The steps a page counts; BOOKING_COMPLETED is counted by the booking's own statement. */
export type PageStep = Exclude<FunnelStep, "BOOKING_COMPLETED">;

/**
 * Counts `step` for the request's campaign, once per request, when the proxy found a real
 * navigation (not a prefetch, HEAD, crawler or form post); LANDING only when the visitor
 * arrived from elsewhere. Shutdown waits (through `after`) until the count is written.
 */
export const countCampaignStep = cache(async (step: PageStep): Promise<void> => {
  const { campaign, visit } = await campaignOfRequest();
  if (!campaign || !visit) return;
  if (step === "LANDING" && visit !== "landing") return;
  recordCampaignStep(campaign, step);
  after(campaignCountsSettled);
});
