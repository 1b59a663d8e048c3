import "server-only";
import type { Actor } from "@/lib/auth/session";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { findPracticeBookingContext } from "./queries";

export type PracticeBookingForm = {
  practitionerId: string;
  practitionerName: string;
  timeZone: string;
  locations: { id: string; name: string | null; address: string; city: string }[];
  motives: { id: string; name: string; durationMinutes: number }[];
};

/** What the booking page offers: the practitioner's practices and active motives. */
export async function getPracticeBookingForm(
  actor: Actor,
  practitionerId: string | undefined,
): Promise<PracticeBookingForm> {
  const calendar = await requireCalendar(actor, "manage", practitionerId);
  const context = await findPracticeBookingContext(calendar.practitionerId);
  return {
    practitionerId: calendar.practitionerId,
    practitionerName: practitionerName(calendar),
    timeZone: calendar.timeZone,
    locations: (context?.locations ?? []).map(({ location }) => location),
    motives: context?.motives ?? [],
  };
}
