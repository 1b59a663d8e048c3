import "server-only";
import { enforceRateLimits } from "@/lib/auth/rate-guard";
import { asLocale } from "@/lib/i18n/locales";
import { calendarsOf } from "@/lib/practice-access/calendar-access";
import { RATE_RULES } from "@/lib/rate-limit/rules";
import { buildFeedIcs, feedEtag, type FeedAppointment } from "./feed-events";
import { feedLookupHash } from "./feed-token";
import { canSubscribeToFeed, feedWindow } from "./policy";
import { findFeedAppointments, findFeedByHash } from "./queries";

export type RenderedFeed = { ics: string; etag: string };

/**
 * The feed a URL's last segment opens, or null (the caller answers 404). The calendars are
 * read on every request through lib/practice-access, so a revoked grant disappears from the
 * next poll; a deleted account's or a former secretary's feed shows nothing of anyone.
 */
export async function renderFeed(
  fileSegment: string,
  request: { address: string; now: Date },
): Promise<RenderedFeed | null> {
  await enforceRateLimits([[RATE_RULES.calendarFeedPerAddress, request.address]]);
  const now = request.now;
  const feed = await findFeedByHash(feedLookupHash(fileSegment));
  if (!feed || feed.user.deletedAt || !canSubscribeToFeed(feed.user)) return null;
  const calendars = await calendarsOf(feed.user);
  const { from, to } = feedWindow(now);
  const rows = calendars.length
    ? await findFeedAppointments(
        calendars.map((calendar) => calendar.practitionerId),
        from,
        to,
      )
    : [];
  const ics = buildFeedIcs(asLocale(feed.user.locale), rows.map(toFeedAppointment), {
    showInitials: feed.showInitials,
  });
  return { ics, etag: feedEtag(ics) };
}

function toFeedAppointment(
  row: Awaited<ReturnType<typeof findFeedAppointments>>[number],
): FeedAppointment {
  const { location, ...rest } = row;
  const practice = location
    ? [location.name, location.address, `${location.postcode} ${location.city}`]
        .filter(Boolean)
        .join(", ")
    : null;
  return { ...rest, practice };
}
