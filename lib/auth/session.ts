import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readSessionId } from "./auth";
import { deleteSession, extendSession, findSession } from "./queries";
import { signInPath } from "./return-path";
import { needsRenewal, sessionExpiry } from "./session-lifetime";
import { hashToken } from "./tokens";

export type { Role };

export type SessionUser = {
  id: string;
  email: string;
  role: Role;
  /** The account holder's own (SELF) patient profile. */
  patientId: string | null;
  practitionerId: string | null;
};

/** Whom a use case acts for: policies read only who the user is and their role. */
export type Actor = Pick<SessionUser, "id" | "role">;

export type CurrentSession = { key: string; user: SessionUser };

/**
 * The signed-in user and their session key, checked against the sessions table on every
 * request (once per request thanks to `cache`): a revoked, expired or deleted account's
 * session is refused even though its cookie is still valid.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const sessionId = await readSessionId();
  if (!sessionId) return null;
  const key = hashToken(sessionId);
  const record = await findSession(key);
  const now = new Date();
  if (!record || record.expires <= now) {
    if (record) await deleteSession(key);
    return null;
  }
  if (needsRenewal(record, now)) await extendSession(key, sessionExpiry(record.createdAt, now));
  const { id, email, role, patients, practitioner } = record.user;
  return {
    key,
    user: {
      id,
      email,
      role,
      patientId: patients[0]?.id ?? null,
      practitionerId: practitioner?.id ?? null,
    },
  };
});

export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** For pages and server actions: the user, or a redirect to the sign-in page and back. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  // proxy.ts records the requested path, as server components cannot read the URL.
  const locale = (await getLocale()) as Locale;
  redirect(localizePath(locale, signInPath((await headers()).get("x-praxis-path"))));
}

/**
 * A signed-in user of another role sees a 404, so pages of other roles look missing. So does
 * an anonymous visitor of a staff-only page: a redirect to sign in would reveal the area.
 */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = roles.includes("PATIENT") ? await requireUser() : await getSessionUser();
  if (!user || !roles.includes(user.role)) notFound();
  return user;
}

/**
 * For route handlers (through lib/http/route.ts, which checks the Origin first): the
 * signed-in user, or null. The request is what a test harness reads instead of a cookie.
 */
export const apiSessionUser: (request: Request) => Promise<SessionUser | null> = () =>
  getSessionUser();
