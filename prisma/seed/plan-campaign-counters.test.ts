import { describe, expect, it } from "vitest";
import {
  DEMO_CAMPAIGNS,
  DEMO_HISTORY_DAYS,
  planCampaignCounters,
  type PlannedCounter,
} from "./plan-campaign-counters";
import { localDayOfIsoDate } from "../../lib/utils/zoned-time";

const TODAY = localDayOfIsoDate("2026-12-07");
const STEPS = ["LANDING", "SEARCH", "PROFILE_VIEW", "BOOKING_STARTED", "BOOKING_COMPLETED"];

const plan = (slug: string) =>
  planCampaignCounters(
    DEMO_CAMPAIGNS.find((campaign) => campaign.slug === slug)!,
    TODAY,
  );
const total = (counters: PlannedCounter[], step: string) =>
  counters.filter((counter) => counter.step === step).reduce((sum, c) => sum + c.count, 0);

describe("the demo campaigns' counters", () => {
  it("are the same for the same day", () => {
    expect(plan("affiches-metro")).toEqual(plan("affiches-metro"));
  });

  it("cover the last 90 days at most, up to yesterday", () => {
    const days = new Set(
      DEMO_CAMPAIGNS.flatMap((c) => planCampaignCounters(c, TODAY)).map((c) => c.day),
    );
    const sorted = [...days].sort();
    expect(days.size).toBe(DEMO_HISTORY_DAYS);
    expect(sorted[0]).toBe("2026-09-08");
    expect(sorted.at(-1)).toBe("2026-12-06");
  });

  it("narrow at every step, day after day", () => {
    for (const campaign of DEMO_CAMPAIGNS) {
      const byDay = new Map<string, PlannedCounter[]>();
      for (const counter of planCampaignCounters(campaign, TODAY))
        byDay.set(counter.day, [...(byDay.get(counter.day) ?? []), counter]);
      for (const counters of byDay.values()) {
        const counts = STEPS.map((step) => counters.find((c) => c.step === step)?.count ?? 0);
        counts.slice(1).forEach((count, index) => expect(count).toBeLessThanOrEqual(counts[index]));
      }
    }
  });

  it("follow the week: weekends are quieter than weekdays", () => {
    const landings = plan("affiches-metro").filter((c) => c.step === "LANDING");
    const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
    const mean = (rows: PlannedCounter[]) => rows.reduce((s, r) => s + r.count, 0) / rows.length;
    const weekend = landings.filter((row) => [0, 6].includes(weekday(row.day)));
    const week = landings.filter((row) => ![0, 6].includes(weekday(row.day)));
    expect(mean(weekend)).toBeLessThan(mean(week) * 0.7);
  });

  it("have cells below the publication threshold, and one campaign that clearly converts best", () => {
    const all = DEMO_CAMPAIGNS.flatMap((c) => planCampaignCounters(c, TODAY));
    expect(all.some((counter) => counter.count < 10)).toBe(true);
    const conversion = (slug: string) =>
      total(plan(slug), "BOOKING_COMPLETED") / total(plan(slug), "LANDING");
    expect(conversion("affiches-metro")).toBeGreaterThan(2 * conversion("radio-locale"));
    expect(conversion("affiches-metro")).toBeGreaterThan(1.5 * conversion("newsletter-mutuelle"));
  });
});
