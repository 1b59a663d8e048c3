import "server-only";
import { publicUrl } from "@/lib/site/public-url";
import { isoDateOfLocalDay, localDayAt, localDayOfCalendarDate } from "@/lib/utils/zoned-time";
import { shortPath, taggedPath } from "./landing-path";
import type { CampaignChannel } from "./options";
import type { CampaignRow } from "./queries";

// Counters and campaign dates are days in France, where the campaigns run.
export const CAMPAIGN_TIME_ZONE = "Europe/Paris";

export type CampaignState = "upcoming" | "running" | "ended" | "archived";

/** A campaign as admins, the pages and the API see it (dates as YYYY-MM-DD). */
export type CampaignView = {
  slug: string;
  name: string;
  channel: CampaignChannel;
  startsOn: string | null;
  endsOn: string | null;
  landingPath: string;
  budgetCents: number | null;
  archived: boolean;
  state: CampaignState;
  /** The landing page's absolute URL with ?campagne={slug}: the link to publish. */
  taggedUrl: string;
  /** The same, short: /c/{slug} redirects to it. */
  shortUrl: string;
};

export function todayInFrance(now = Date.now()): number {
  return localDayAt(now, CAMPAIGN_TIME_ZONE);
}

export function toCampaignView(row: CampaignRow, today = todayInFrance()): CampaignView {
  const startsOn = row.startsOn ? isoDateOfLocalDay(localDayOfCalendarDate(row.startsOn)) : null;
  const endsOn = row.endsOn ? isoDateOfLocalDay(localDayOfCalendarDate(row.endsOn)) : null;
  return {
    slug: row.slug,
    name: row.name,
    channel: row.channel,
    startsOn,
    endsOn,
    landingPath: row.landingPath,
    budgetCents: row.budgetCents,
    archived: row.archivedAt !== null,
    state: stateOf(row.archivedAt !== null, startsOn, endsOn, isoDateOfLocalDay(today)),
    taggedUrl: publicUrl(taggedPath(row.landingPath, row.slug)),
    shortUrl: publicUrl(shortPath(row.slug)),
  };
}

function stateOf(
  archived: boolean,
  startsOn: string | null,
  endsOn: string | null,
  today: string,
): CampaignState {
  if (archived) return "archived";
  if (startsOn && today < startsOn) return "upcoming";
  if (endsOn && today > endsOn) return "ended";
  return "running";
}
