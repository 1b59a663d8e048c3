import "server-only";
import { assertPatientArea } from "./assert-patient-area";
import { toPersonView, type PersonView } from "./person-view";
import type { Actor } from "./policy";
import { listRelatives } from "./queries";

export async function listMyRelatives(actor: Actor): Promise<PersonView[]> {
  assertPatientArea(actor);
  return (await listRelatives(actor.id)).map(toPersonView);
}
