import "server-only";
import { confirmCurrentPassword } from "@/lib/auth/current-password";
import { deleteMailsTo } from "@/lib/mail/outbox";
import { assertPatientArea } from "../assert-patient-area";
import { personOnAccountDeletion, type Actor } from "../policy";
import {
  erasePatients,
  listAppointmentStates,
  pseudonymisePatients,
  transaction,
} from "../queries";
import type { DeleteAccountInput } from "../schemas";
import { cancelUpcomingAppointments, deleteUser, lockOwnedPatients } from "./queries";

/**
 * Deletes the holder's account, in one transaction: upcoming appointments are cancelled;
 * everyone on the account who has appointments keeps a pseudonymised row (no name, birth
 * date or phone, no link to the account) because practices must keep their records; everyone
 * else is erased; mails to the address, sessions and tokens go; the user row is deleted, so
 * the account can no longer sign in and the address can register again.
 */
export async function deleteAccount(
  actor: Actor,
  input: DeleteAccountInput,
  address: string,
  now = new Date(),
): Promise<void> {
  assertPatientArea(actor);
  // Failures count towards the sign-in lock-out: a stolen session cannot guess the password
  // here faster than on the sign-in form.
  const { email } = await confirmCurrentPassword(actor.id, input.password, address, "password");
  await transaction(async (tx) => {
    const patientIds = await lockOwnedPatients(tx, actor.id);
    await cancelUpcomingAppointments(tx, patientIds, now);
    const counts = new Map<string, number>();
    for (const { patientId } of await listAppointmentStates(tx, patientIds)) {
      counts.set(patientId, (counts.get(patientId) ?? 0) + 1);
    }
    const outcomeOf = (id: string) => personOnAccountDeletion(counts.get(id) ?? 0);
    await pseudonymisePatients(
      tx,
      patientIds.filter((id) => outcomeOf(id) === "pseudonymise"),
      now,
    );
    await erasePatients(
      tx,
      patientIds.filter((id) => outcomeOf(id) === "erase"),
    );
    await deleteMailsTo(tx, email);
    await deleteUser(tx, actor.id);
  });
}
