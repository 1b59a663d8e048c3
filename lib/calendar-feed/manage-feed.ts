import "server-only";
import type { Actor } from "@/lib/auth/session";
import { hashToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { publicUrl } from "@/lib/site/public-url";
import { feedPath, newFeedToken } from "./feed-token";
import { canSubscribeToFeed } from "./policy";
import { deleteFeed, findFeedOf, updateFeedInitials, upsertFeedToken } from "./queries";

export type FeedSettings = { active: false } | { active: true; since: Date; showInitials: boolean };

function assertSubscriber(actor: Actor): void {
  if (!canSubscribeToFeed(actor)) throw new AppError("NOT_FOUND");
}

export async function getFeedSettings(actor: Actor): Promise<FeedSettings> {
  assertSubscriber(actor);
  const feed = await findFeedOf(actor.id);
  return feed
    ? { active: true, since: feed.createdAt, showInitials: feed.showInitials }
    : { active: false };
}

/**
 * Creates the actor's feed or gives it a new secret: the previous URL stops working at
 * once. The URL is returned this once; only the token's hash is stored.
 */
export async function rotateFeed(actor: Actor): Promise<{ url: string }> {
  assertSubscriber(actor);
  const token = newFeedToken();
  await upsertFeedToken(actor.id, hashToken(token));
  return { url: publicUrl(feedPath(token)) };
}

export async function revokeFeed(actor: Actor): Promise<{ revoked: true }> {
  assertSubscriber(actor);
  if (!(await deleteFeed(actor.id))) throw new AppError("NOT_FOUND");
  return { revoked: true };
}

export async function setFeedInitials(actor: Actor, showInitials: boolean): Promise<void> {
  assertSubscriber(actor);
  if (!(await updateFeedInitials(actor.id, showInitials))) throw new AppError("NOT_FOUND");
}
