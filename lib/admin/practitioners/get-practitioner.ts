import "server-only";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/patients/assert-patient-area";
import { assertAdmin } from "./assert-admin";
import type { Actor } from "./policy";
import { toPractitionerSummary, type PractitionerSummary } from "./practitioner-view";
import { findPractitioner } from "./queries";

export async function getPractitioner(actor: Actor, id: unknown): Promise<PractitionerSummary> {
  assertAdmin(actor);
  const row = await findPractitioner(parseId(id));
  if (!row) throw new AppError("NOT_FOUND");
  return toPractitionerSummary(row);
}
