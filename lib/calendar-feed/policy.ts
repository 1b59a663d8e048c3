import type { Role } from "@/lib/generated/prisma/enums";

// Who may subscribe to a private calendar feed: those who work in agendas. What the feed
// then holds is decided per request by lib/practice-access (own calendar, granted ones).
const SUBSCRIBER_ROLES: ReadonlySet<Role> = new Set(["PRACTITIONER", "SECRETARY"]);

export function canSubscribeToFeed(actor: { role: Role }): boolean {
  return SUBSCRIBER_ROLES.has(actor.role);
}

const DAY_MS = 86_400_000;
export const FEED_PAST_DAYS = 30;
export const FEED_FUTURE_DAYS = 90;

/** The feed's window: from 30 days ago to 90 days ahead. */
export function feedWindow(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS),
    to: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS),
  };
}
