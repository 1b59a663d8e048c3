import "server-only";
import { assertPatientArea } from "./assert-patient-area";
import type { Actor } from "./policy";
import { saveSelfProfile } from "./queries";
import type { ProfileInput } from "./schemas";

export async function updateProfile(actor: Actor, input: ProfileInput): Promise<void> {
  assertPatientArea(actor);
  await saveSelfProfile(actor.id, input);
}
