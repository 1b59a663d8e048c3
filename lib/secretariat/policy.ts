import type { Role } from "@/lib/generated/prisma/enums";
import type { CalendarGrantLevel } from "@/lib/generated/prisma/enums";
import type { GrantLevel } from "./schemas";

// What an invitation does with the address it is sent to. Pure, unit-tested.

export type InvitationOutcome = "create-account" | "grant" | "refuse";

/**
 * A new address gets a secretary account; an existing secretary gets the grant. Any other
 * account (a patient's, a practitioner's, an admin's) is refused: a grant would mix a
 * personal or another professional login with a practice's agenda.
 */
export function invitationOutcome(existing: { role: Role } | null): InvitationOutcome {
  if (!existing) return "create-account";
  return existing.role === "SECRETARY" ? "grant" : "refuse";
}

const TO_DATABASE: Record<GrantLevel, CalendarGrantLevel> = { manage: "MANAGE", view: "VIEW" };
const FROM_DATABASE: Record<CalendarGrantLevel, GrantLevel> = { MANAGE: "manage", VIEW: "view" };

export const levelToDatabase = (level: GrantLevel) => TO_DATABASE[level];
export const levelFromDatabase = (level: CalendarGrantLevel) => FROM_DATABASE[level];
