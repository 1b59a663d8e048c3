import "server-only";
import type { Actor } from "@/lib/auth/session";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import { findPracticeLocations } from "./queries";

/** The practitioner's practices, named for a choice: their name, or else their address. */
export async function listPractices(actor: Actor): Promise<{ id: string; label: string }[]> {
  const { practitionerId } = await requireCalendar(actor, "settings");
  return (await findPracticeLocations(practitionerId)).map((location) => ({
    id: location.id,
    label: location.name ?? `${location.address}, ${location.city}`,
  }));
}
