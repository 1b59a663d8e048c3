import "server-only";
import { assertPatientArea } from "./assert-patient-area";
import { toPersonView, type PersonView } from "./person-view";
import type { Actor } from "./policy";
import { findSelfProfile } from "./queries";

// The holder's own profile; an account without one yet gets an empty form to fill in.
export async function getMyProfile(actor: Actor): Promise<PersonView | null> {
  assertPatientArea(actor);
  const row = await findSelfProfile(actor.id);
  return row && toPersonView(row);
}
