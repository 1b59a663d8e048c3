import "server-only";
import { AppError } from "@/lib/errors";
import { assertPatientArea, parseId } from "./assert-patient-area";
import type { Actor } from "./policy";
import { updateRelative as updateRelativeRow } from "./queries";
import type { RelativeInput } from "./schemas";

export async function updateRelative(
  actor: Actor,
  id: unknown,
  input: RelativeInput,
): Promise<void> {
  assertPatientArea(actor);
  if (!(await updateRelativeRow(actor.id, parseId(id), input))) throw new AppError("NOT_FOUND");
}
