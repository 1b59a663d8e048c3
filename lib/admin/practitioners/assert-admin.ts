import "server-only";
import { AppError } from "@/lib/errors";
import { canManagePractitioners, type Actor } from "./policy";

// Not an admin: the admin area does not exist for them (404, not 403).
export function assertAdmin(actor: Actor): void {
  if (!canManagePractitioners(actor)) throw new AppError("NOT_FOUND");
}
