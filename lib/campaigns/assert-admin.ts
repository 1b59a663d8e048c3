import "server-only";
import { AppError } from "@/lib/errors";
import { canManageCampaigns, type Actor } from "./policy";

// Not an admin: the campaigns do not exist for them (404, not 403), as elsewhere in /admin.
export function assertCampaignAdmin(actor: Actor): void {
  if (!canManageCampaigns(actor)) throw new AppError("NOT_FOUND");
}
