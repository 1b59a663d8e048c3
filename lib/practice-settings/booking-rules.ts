import "server-only";
import type { Actor } from "@/lib/auth/session";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { findBookingRules, updateBookingRules } from "./queries";
import type { BookingRulesInput } from "./schemas";

export type BookingRulesView = BookingRulesInput;

export async function getBookingRules(actor: Actor): Promise<BookingRulesView> {
  const { practitionerId } = await requireCalendar(actor, "settings");
  return findBookingRules(practitionerId);
}

/**
 * Saves the rules; a trigger marks the practitioner's search summary stale in the same
 * statement, so search and the availability API answer with the new rules at once.
 */
export async function saveBookingRules(
  actor: Actor,
  input: BookingRulesInput,
): Promise<BookingRulesView> {
  const { practitionerId } = await requireCalendar(actor, "settings");
  return updateBookingRules(practitionerId, input);
}
