import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { levelFromDatabase, levelToDatabase } from "./policy";
import { deleteGrant, findGrantsOf, updateGrantLevel } from "./queries";
import type { GrantLevel } from "./schemas";

export type GrantView = {
  userId: string;
  email: string;
  level: GrantLevel;
  /** Invited, no password chosen yet. */
  pending: boolean;
  grantedAt: Date;
};

// Only the calendar's owner manages who works in it ("settings"): a secretary, even with
// "manage", cannot grant access to others.

export async function listSecretaries(actor: Actor): Promise<GrantView[]> {
  const calendar = await requireCalendar(actor, "settings");
  const grants = await findGrantsOf(calendar.practitionerId);
  return grants.map(({ level, createdAt, user }) => ({
    userId: user.id,
    email: user.email,
    level: levelFromDatabase(level),
    pending: user.passwordHash === null,
    grantedAt: createdAt,
  }));
}

export async function changeSecretaryLevel(
  actor: Actor,
  userId: string,
  level: GrantLevel,
): Promise<void> {
  const calendar = await requireCalendar(actor, "settings");
  const grantee = granteeId(userId);
  if (!(await updateGrantLevel(calendar.practitionerId, grantee, levelToDatabase(level)))) {
    throw new AppError("NOT_FOUND");
  }
}

/** Deletes the grant: the secretary's next request no longer reaches this agenda. */
export async function revokeSecretary(actor: Actor, userId: string): Promise<void> {
  const calendar = await requireCalendar(actor, "settings");
  if (!(await deleteGrant(calendar.practitionerId, granteeId(userId)))) {
    throw new AppError("NOT_FOUND");
  }
}

// A malformed id names no grant: the same 404 as an unknown one.
function granteeId(userId: string): string {
  const parsed = z.uuid().safeParse(userId);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
}
