import "server-only";
import { AppError } from "@/lib/errors";
import { assertPatientArea, parseId } from "./assert-patient-area";
import { relativeRemoval, type Actor } from "./policy";
import {
  erasePatients,
  listAppointmentStates,
  lockRelative,
  pseudonymisePatients,
  transaction,
} from "./queries";

export const UPCOMING_APPOINTMENTS_MESSAGE_KEY = "patient.relatives.errors.upcomingAppointments";

// See relativeRemoval for why upcoming appointments block the removal.
export async function removeRelative(actor: Actor, id: unknown, now = new Date()): Promise<void> {
  assertPatientArea(actor);
  const relativeId = parseId(id);
  await transaction(async (tx) => {
    if (!(await lockRelative(tx, actor.id, relativeId))) throw new AppError("NOT_FOUND");
    const outcome = relativeRemoval(await listAppointmentStates(tx, [relativeId]), now);
    if (outcome === "refuse") {
      throw new AppError("CONFLICT", { messageKey: UPCOMING_APPOINTMENTS_MESSAGE_KEY });
    }
    if (outcome === "pseudonymise") await pseudonymisePatients(tx, [relativeId], now);
    else await erasePatients(tx, [relativeId]);
  });
}
