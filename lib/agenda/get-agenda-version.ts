import "server-only";
import type { Actor } from "@/lib/auth/session";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { rangeOfDays } from "./agenda-range";
import { computeAgendaVersion } from "./queries";
import type { AgendaRangeQuery } from "./schemas";

/**
 * GET /api/v1/practitioner/agenda-version: a fingerprint of what an agenda shows between two
 * days. An open agenda polls it and reloads its data only when it changes. It reveals no
 * patient data, so reading it is not logged.
 */
export async function getAgendaVersion(actor: Actor, query: AgendaRangeQuery) {
  const calendar = await requireCalendar(actor, "view", query.practitionerId);
  const range = rangeOfDays(query.from, query.to, calendar.timeZone);
  return {
    version: await computeAgendaVersion(calendar.practitionerId, range.from, range.to),
  };
}
