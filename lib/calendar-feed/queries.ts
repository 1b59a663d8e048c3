import "server-only";
import { db } from "@/lib/db";

/** The subscription a token hash opens, with its owner (null: no such feed). */
export function findFeedByHash(tokenHash: string) {
  return db.calendarFeed.findUnique({
    where: { tokenHash },
    select: {
      showInitials: true,
      user: { select: { id: true, role: true, locale: true, deletedAt: true } },
    },
  });
}

export function findFeedOf(userId: string) {
  return db.calendarFeed.findUnique({
    where: { userId },
    select: { createdAt: true, showInitials: true },
  });
}

/** Creates the user's feed, or gives the existing one a new token (the old one dies). */
export async function upsertFeedToken(userId: string, tokenHash: string): Promise<void> {
  await db.calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
}

export async function deleteFeed(userId: string): Promise<boolean> {
  return (await db.calendarFeed.deleteMany({ where: { userId } })).count === 1;
}

export async function updateFeedInitials(userId: string, showInitials: boolean): Promise<boolean> {
  return (
    (await db.calendarFeed.updateMany({ where: { userId }, data: { showInitials } })).count === 1
  );
}

/** The non-cancelled appointments of these calendars that start inside the window. */
export function findFeedAppointments(practitionerIds: string[], from: Date, to: Date) {
  return db.appointment.findMany({
    where: {
      practitionerId: { in: practitionerIds },
      startsAt: { gte: from, lt: to },
      status: { not: "CANCELLED" },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      updatedAt: true,
      location: { select: { name: true, address: true, postcode: true, city: true } },
      patient: { select: { firstName: true, lastName: true } },
    },
  });
}
