import "server-only";
import { recordAccess } from "@/lib/audit/record-access";
import type { Tx } from "@/lib/db-transaction";

/** Every write of the practice to an appointment is an access to the patient's data. */
export function recordUpdate(
  tx: Tx,
  write: { actorId: string; patientId: string; practitionerId: string; appointmentId: string },
): Promise<void> {
  return recordAccess(tx, {
    actorId: write.actorId,
    patientId: write.patientId,
    practitionerId: write.practitionerId,
    action: "UPDATE_APPOINTMENT",
    resourceType: "appointment",
    resourceId: write.appointmentId,
  });
}
