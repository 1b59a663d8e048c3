import "server-only";
import { assertPatientArea } from "./assert-patient-area";
import type { Actor } from "./policy";
import { createRelative } from "./queries";
import type { RelativeInput } from "./schemas";

// Returns the new relative's id.
export async function addRelative(actor: Actor, input: RelativeInput): Promise<string> {
  assertPatientArea(actor);
  return createRelative(actor.id, input);
}
