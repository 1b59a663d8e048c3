import "server-only";
import { AppError } from "@/lib/errors";
import { canUsePatientArea, type Actor } from "./policy";
import { idSchema } from "./schemas";

// A staff account asking for the patient area gets the same answer as a missing page.
export function assertPatientArea(actor: Actor): void {
  if (!canUsePatientArea(actor)) throw new AppError("NOT_FOUND");
}

// A malformed id cannot name anything: 404, like an id that names someone else's data.
export function parseId(id: unknown): string {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
}
