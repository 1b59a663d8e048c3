import "server-only";
import { AppError } from "@/lib/errors";
import { fieldError } from "@/lib/errors";
import { parseId } from "@/lib/patients/assert-patient-area";
import { assertAdmin } from "./assert-admin";
import type { Actor } from "./policy";
import { specialtyExists, updatePractitionerDetails } from "./queries";
import type { PractitionerDetails } from "./schemas";

// The public address (slug) is left as it was: links patients saved keep working.
export async function updatePractitioner(
  actor: Actor,
  id: unknown,
  details: PractitionerDetails,
): Promise<void> {
  assertAdmin(actor);
  const practitionerId = parseId(id);
  if (!(await specialtyExists(details.specialtyId))) {
    throw fieldError("specialtyId", "admin.errors.specialtyUnknown");
  }
  if (!(await updatePractitionerDetails(practitionerId, details))) {
    throw new AppError("NOT_FOUND");
  }
}
