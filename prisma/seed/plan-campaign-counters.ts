import { createRandom, deriveSeed } from "./prng";
import type { CampaignChannel, FunnelStep } from "../../lib/generated/prisma/enums";
import { isoDateOfLocalDay, isoWeekdayOfLocalDay, type LocalDay } from "../../lib/utils/zoned-time";

// The demo campaigns and their counters, planned relative to the seed's day so that a
// newcomer always finds two campaigns running, one ended, and 90 days of history. Pure and
// deterministic: the same day gives the same numbers.

export type DemoCampaign = {
  slug: string;
  name: string;
  channel: CampaignChannel;
  /** The public page the tagged link opens, and what the campaign cost, in cents. */
  landingPath: string;
  budgetCents: number;
  /** First and last day, in days from the seed's day (negative: in the past). */
  startsIn: number;
  endsIn: number;
  /** Typical landings on a weekday at full speed. */
  dailyLandings: number;
  /** Share of the previous step reaching SEARCH, PROFILE_VIEW, BOOKING_STARTED, BOOKING_COMPLETED. */
  funnel: [min: number, max: number][];
};

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    // The one that clearly works: people who see it book.
    slug: "affiches-metro",
    name: "Affiches métro « Un rendez-vous, pas un parcours »",
    channel: "POSTER",
    landingPath: "/",
    budgetCents: 1_800_000,
    startsIn: -100,
    endsIn: 30,
    dailyLandings: 170,
    funnel: [
      [0.68, 0.76],
      [0.66, 0.74],
      [0.38, 0.46],
      [0.72, 0.8],
    ],
  },
  {
    // Many landings, few bookings: listeners look, and leave.
    slug: "radio-locale",
    name: "Spot radio locale",
    channel: "RADIO",
    landingPath: "/",
    budgetCents: 650_000,
    startsIn: -60,
    endsIn: 45,
    dailyLandings: 150,
    funnel: [
      [0.38, 0.48],
      [0.42, 0.52],
      [0.14, 0.2],
      [0.5, 0.6],
    ],
  },
  {
    // Small and over: most of its cells are below the publication threshold.
    slug: "newsletter-mutuelle",
    name: "Newsletter d'une mutuelle partenaire",
    channel: "NEWSLETTER",
    landingPath: "/recherche",
    budgetCents: 120_000,
    startsIn: -75,
    endsIn: -20,
    dailyLandings: 24,
    funnel: [
      [0.55, 0.65],
      [0.55, 0.65],
      [0.25, 0.35],
      [0.6, 0.7],
    ],
  },
];

export const DEMO_HISTORY_DAYS = 90;

const LATER_STEPS: FunnelStep[] = [
  "SEARCH",
  "PROFILE_VIEW",
  "BOOKING_STARTED",
  "BOOKING_COMPLETED",
];

// Monday to Sunday: busiest early in the week, quiet at weekends.
const WEEKDAY_SHARE = [1.1, 1.05, 1, 1, 0.9, 0.55, 0.45];

// A campaign takes about a week to reach its audience.
const RAMP_DAYS = 7;

export type PlannedCounter = { day: string; step: FunnelStep; count: number };

/**
 * One count per day and step for the campaign's days within the last 90 (yesterday at the
 * latest: today's cells are left to the live counter). Each step is a share of the previous
 * one, so the funnel narrows; a step that rounds to zero is no row at all.
 */
export function planCampaignCounters(campaign: DemoCampaign, today: LocalDay): PlannedCounter[] {
  const counters: PlannedCounter[] = [];
  const start = today + campaign.startsIn;
  const first = Math.max(start, today - DEMO_HISTORY_DAYS);
  const last = Math.min(today + campaign.endsIn, today - 1);
  for (let day = first; day <= last; day++) {
    const random = createRandom(deriveSeed(campaign.slug, day));
    const ramp = Math.min(1, (day - start + 1) / RAMP_DAYS);
    const weekday = WEEKDAY_SHARE[isoWeekdayOfLocalDay(day) - 1];
    let count = Math.round(campaign.dailyLandings * ramp * weekday * (0.85 + random.next() * 0.3));
    const date = isoDateOfLocalDay(day);
    if (count > 0) counters.push({ day: date, step: "LANDING", count });
    LATER_STEPS.forEach((step, index) => {
      const [min, max] = campaign.funnel[index];
      count = Math.round(count * (min + random.next() * (max - min)));
      if (count > 0) counters.push({ day: date, step, count });
    });
  }
  return counters;
}
