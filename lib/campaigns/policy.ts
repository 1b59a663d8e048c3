import type { Actor } from "@/lib/auth/session";

export type { Actor };

// Campaigns and their figures are for admins only; for anyone else they do not exist.
export function canManageCampaigns(actor: Actor): boolean {
  return actor.role === "ADMIN";
}
