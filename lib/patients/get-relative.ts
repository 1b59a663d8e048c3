import "server-only";
import { AppError } from "@/lib/errors";
import { assertPatientArea, parseId } from "./assert-patient-area";
import { toPersonView, type PersonView } from "./person-view";
import type { Actor } from "./policy";
import { findRelative } from "./queries";

// Someone else's relative, a missing one and a malformed id all answer NOT_FOUND.
export async function getRelative(actor: Actor, id: unknown): Promise<PersonView> {
  assertPatientArea(actor);
  const row = await findRelative(actor.id, parseId(id));
  if (!row) throw new AppError("NOT_FOUND");
  return toPersonView(row);
}
